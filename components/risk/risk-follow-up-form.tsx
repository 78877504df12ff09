"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { IDLE, type FormState } from "@/lib/forms/form-state";
import { FOLLOW_UP_STATUSES } from "@/lib/risk/risk-levels";
import { Button } from "@/components/ui/button";
import { CONTROL_CLASS, errorOf, FormField } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { useKeptInput } from "@/components/ui/use-kept-input";

/** The clinical lead records what was done about a case; the case takes the step's status. */
export function RiskFollowUpForm({ action, caseId }: { action: (state: FormState, form: FormData) => Promise<FormState>; caseId: string }) {
  const t = useTranslations("risk");
  const [state, formAction, pending] = useActionState(action, IDLE);
  const kept = useKeptInput(state);
  return (
    <form action={formAction} {...kept} className="grid gap-3 sm:grid-cols-[1fr_2fr_auto] sm:items-end" data-testid="risk-follow-up-form">
      <FormField id={`${caseId}-status`} label={t("step")} error={errorOf(state, "status")}>
        {(control) => (
          <select {...control} name="status" required defaultValue="" className={CONTROL_CLASS}>
            <option value="" disabled>
              {t("chooseStep")}
            </option>
            {FOLLOW_UP_STATUSES.map((status) => (
              <option key={status} value={status}>
                {t(`statuses.${status}`)}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <FormField id={`${caseId}-note`} label={t("whatWasDone")} error={errorOf(state, "note")}>
        {(control) => <input {...control} name="note" required minLength={3} maxLength={1000} className={`${CONTROL_CLASS} py-2`} />}
      </FormField>
      <Button type="submit" disabled={pending}>
        {t("record")}
      </Button>
      <div className="sm:col-span-3">
        <FormStatus state={state} />
      </div>
    </form>
  );
}
