"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { CONTROL_CLASS, Field } from "@/components/ui/field";
import { FieldError, FormStatus } from "@/components/ui/form-status";
import { IDLE, type FormState } from "@/lib/forms/form-state";

export function QualificationForm({ action }: { action: (s: FormState, f: FormData) => Promise<FormState> }) {
  const [state, formAction, pending] = useActionState(action, IDLE);
  const t = useTranslations("ownProfile.qualificationForm");
  return (
    <form action={formAction} className="space-y-3" aria-label={t("label")}>
      <FormStatus state={state} testId="qualification-status" />
      <div className="grid gap-3 sm:grid-cols-2">
        <label className="block space-y-1 text-sm font-medium">
          {t("kind")}
          <select name="kind" className={CONTROL_CLASS}>
            <option value="education">{t("education")}</option>
            <option value="certification">{t("certification")}</option>
            <option value="membership">{t("membership")}</option>
          </select>
        </label>
        <div>
          <Field id="q-year" name="year" type="number" min={1950} label={t("year")} />
          <FieldError state={state} name="year" />
        </div>
        <div>
          <Field id="q-title" name="title" label={t("title")} required />
          <FieldError state={state} name="title" />
        </div>
        <div>
          <Field id="q-institution" name="institution" label={t("institution")} required />
          <FieldError state={state} name="institution" />
        </div>
      </div>
      <Button type="submit" variant="secondary" disabled={pending}>
        {t("submit")}
      </Button>
    </form>
  );
}
