"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { ActionButton } from "@/components/ui/action-button";
import { Button } from "@/components/ui/button";
import { errorOf, Field } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { useKeptInput } from "@/components/ui/use-kept-input";
import { IDLE, type FormState, type ReportTokenState } from "@/lib/forms/form-state";

export interface TokenRow {
  id: string;
  name: string;
  lastChars: string;
  created: string;
  lastUsed: string | null;
  /** The revoke action, already bound to this token. */
  revoke: (state: FormState, form: FormData) => Promise<FormState>;
}

/** HR's API tokens: make one (shown once, to copy into the BI tool), see the others, revoke them. */
export function ApiTokenPanel({ tokens, create }: { tokens: TokenRow[]; create: (state: ReportTokenState, form: FormData) => Promise<ReportTokenState> }) {
  const t = useTranslations("reports.tokens");
  const [state, formAction, pending] = useActionState<ReportTokenState, FormData>(create, IDLE);
  const kept = useKeptInput(state);
  return (
    <div className="flex flex-col gap-4">
      <p className="text-sm text-slate-600">{t("intro")}</p>
      <form action={formAction} {...kept} className="flex flex-wrap items-end gap-2">
        <Field id="api-token-name" name="name" required maxLength={80} label={t("name")} error={errorOf(state, "name")} />
        <Button type="submit" disabled={pending}>
          {t("create")}
        </Button>
      </form>
      {state.status === "error" && <FormStatus state={state} />}
      {state.token && (
        <div role="status" className="rounded-lg border border-emerald-300 bg-emerald-50 p-3 text-sm text-emerald-900">
          <p>{t("copyNow")}</p>
          <code data-testid="new-token" className="mt-2 block rounded bg-white p-2 font-mono text-xs break-all select-all">
            {state.token}
          </code>
        </div>
      )}
      {tokens.length === 0 ? (
        <p className="text-sm text-slate-600">{t("none")}</p>
      ) : (
        <ul className="divide-y divide-slate-100">
          {tokens.map((token) => (
            <li key={token.id} className="flex flex-wrap items-center justify-between gap-2 py-2 text-sm">
              <span>
                <span className="font-medium">{token.name}</span> <span className="font-mono text-slate-500">…{token.lastChars}</span>
                <span className="block text-xs text-slate-500">
                  {t("created", { date: token.created })} · {token.lastUsed ? t("lastUsed", { date: token.lastUsed }) : t("neverUsed")}
                </span>
              </span>
              <ActionButton action={token.revoke} label={t("revoke")} ariaLabel={t("revokeNamed", { name: token.name })} confirm={t("confirmRevoke")} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
