"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { errorOf, FieldGroup } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { useKeptInput } from "@/components/ui/use-kept-input";
import { IDLE, type FormState } from "@/lib/forms/form-state";

/** The programme question, 0 to 10, answered once. */
export function NpsForm({ action, minGroup }: { action: (s: FormState, f: FormData) => Promise<FormState>; minGroup: number }) {
  const [state, formAction, pending] = useActionState(action, IDLE);
  const kept = useKeptInput(state);
  const t = useTranslations("nps");
  if (state.status === "saved") return <FormStatus state={state} testId="nps-status" />;
  return (
    <form action={formAction} {...kept} className="space-y-3" data-testid="nps-form">
      <FormStatus state={state} testId="nps-status" />
      <FieldGroup id="nps-score" className="" legend={t("question")} legendClassName="text-base font-medium text-slate-900" error={errorOf(state, "score")}>
        <p className="text-sm text-slate-600">{t("scale")}</p>
        <div className="mt-2 grid grid-cols-6 gap-1 sm:grid-cols-11">
          {Array.from({ length: 11 }, (_, n) => (
            <label
              key={n}
              className="has-[:focus-visible]:ring-harbor-500 flex min-h-11 cursor-pointer items-center justify-center rounded-md border border-slate-300 text-sm font-medium has-[:checked]:border-harbor-700 has-[:checked]:bg-harbor-700 has-[:checked]:text-white has-[:focus-visible]:ring-2"
            >
              <input type="radio" name="score" value={n} className="sr-only" required />
              {n}
            </label>
          ))}
        </div>
      </FieldGroup>
      <p className="text-xs text-slate-500">{t("private", { min: minGroup })}</p>
      <Button type="submit" disabled={pending}>
        {t("send")}
      </Button>
    </form>
  );
}
