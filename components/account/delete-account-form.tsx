"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { errorOf, Field } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { useKeptInput } from "@/components/ui/use-kept-input";
import { IDLE, type FormState } from "@/lib/forms/form-state";

/** What deleting removes and keeps, said before the password and the confirming tick; on success the action signs out. */
export function DeleteAccountForm({ action }: { action: (s: FormState, f: FormData) => Promise<FormState> }) {
  const [state, formAction, pending] = useActionState(action, IDLE);
  const kept = useKeptInput(state);
  const t = useTranslations("security.delete");
  const understoodError = errorOf(state, "understood");
  return (
    <form action={formAction} {...kept} className="mt-3 max-w-xl space-y-4" data-testid="delete-account">
      <p className="text-sm text-slate-700">{t("what")}</p>
      <div className="space-y-1 text-sm">
        <h3 className="font-semibold text-slate-900">{t("removedHeading")}</h3>
        <p className="text-slate-700">{t("removed")}</p>
        <h3 className="pt-2 font-semibold text-slate-900">{t("keptHeading")}</h3>
        <p className="text-slate-700">{t("kept")}</p>
        <p className="pt-2 text-slate-700">{t("after")}</p>
      </div>
      <FormStatus state={state} testId="delete-account-status" />
      <Field
        id="delete-password"
        name="password"
        type="password"
        label={t("password")}
        autoComplete="current-password"
        required
        error={errorOf(state, "password")}
      />
      <div className="space-y-1">
        <label className="flex items-start gap-2 text-sm">
          <input
            type="checkbox"
            name="understood"
            className="mt-1 h-4 w-4"
            aria-invalid={understoodError ? true : undefined}
            aria-describedby={understoodError ? "delete-understood-error" : undefined}
          />
          <span>{t("understood")}</span>
        </label>
        {understoodError && (
          <p id="delete-understood-error" className="text-sm text-red-700">
            {understoodError}
          </p>
        )}
      </div>
      <Button type="submit" variant="danger" disabled={pending}>
        {pending ? t("deleting") : t("submit")}
      </Button>
    </form>
  );
}
