"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { IDLE, type FormState } from "@/lib/forms/form-state";
import { RISK_LEVELS } from "@/lib/risk/risk-levels";
import { Button } from "@/components/ui/button";
import { errorOf, FieldGroup, FormField } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { useKeptInput } from "@/components/ui/use-kept-input";

/** The psychologist flags the session as a risk case for the platform's clinical lead: never seen by the employer. */
export function RiskFlagForm({ action }: { action: (state: FormState, form: FormData) => Promise<FormState> }) {
  const t = useTranslations("risk");
  const [state, formAction, pending] = useActionState(action, IDLE);
  const kept = useKeptInput(state);
  if (state.status === "saved") return <FormStatus state={state} testId="risk-flag-status" />;
  return (
    <form action={formAction} {...kept} className="space-y-3" data-testid="risk-flag-form">
      <p className="text-sm text-slate-700">{t("why")}</p>
      <FieldGroup id="risk-level" legend={t("level")} error={errorOf(state, "level")}>
        <div className="flex flex-wrap gap-3">
          {RISK_LEVELS.map((level) => (
            <label key={level} className="flex min-h-11 items-center gap-2 rounded-lg border border-slate-300 px-3 text-sm">
              <input type="radio" name="level" value={level} required />
              {t(`levels.${level}`)}
            </label>
          ))}
        </div>
      </FieldGroup>
      <FormField id="risk-reason" label={t("reason")} hint={t("reasonHint")} error={errorOf(state, "reason")}>
        {(control) => (
          <textarea
            {...control}
            name="reason"
            rows={3}
            required
            minLength={3}
            maxLength={500}
            className="block w-full rounded-lg border border-slate-300 px-3 py-2 text-base"
          />
        )}
      </FormField>
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" variant="secondary" disabled={pending}>
          {t("flag")}
        </Button>
        <FormStatus state={state} testId="risk-flag-status" />
      </div>
    </form>
  );
}
