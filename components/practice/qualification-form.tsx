"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { CONTROL_CLASS, errorOf, Field, FormField } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { useKeptInput } from "@/components/ui/use-kept-input";
import { IDLE, type FormState } from "@/lib/forms/form-state";

export function QualificationForm({ action }: { action: (s: FormState, f: FormData) => Promise<FormState> }) {
  const [state, formAction, pending] = useActionState(action, IDLE);
  const kept = useKeptInput(state);
  const t = useTranslations("ownProfile.qualificationForm");
  return (
    <form action={formAction} {...kept} className="space-y-3" aria-label={t("label")}>
      <FormStatus state={state} testId="qualification-status" />
      <div className="grid gap-3 sm:grid-cols-2">
        <FormField id="q-kind" label={t("kind")} error={errorOf(state, "kind")}>
          {(control) => (
            <select {...control} name="kind" className={CONTROL_CLASS}>
              <option value="education">{t("education")}</option>
              <option value="certification">{t("certification")}</option>
              <option value="membership">{t("membership")}</option>
            </select>
          )}
        </FormField>
        <div>
          <Field id="q-year" name="year" type="number" min={1950} label={t("year")} error={errorOf(state, "year")} />
        </div>
        <div>
          <Field id="q-title" name="title" label={t("title")} required error={errorOf(state, "title")} />
        </div>
        <div>
          <Field id="q-institution" name="institution" label={t("institution")} required error={errorOf(state, "institution")} />
        </div>
      </div>
      <Button type="submit" variant="secondary" disabled={pending}>
        {t("submit")}
      </Button>
    </form>
  );
}
