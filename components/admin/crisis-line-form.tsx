"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { IDLE, type FormState } from "@/lib/forms/form-state";
import type { CountryOption } from "@/lib/urgent-help/countries";
import type { CrisisLine } from "@/lib/urgent-help/crisis-lines";
import { Button } from "@/components/ui/button";
import { errorOf, Field, FormField } from "@/components/ui/field";
import { CountrySelect } from "@/components/urgent-help/country-select";
import { FormStatus } from "@/components/ui/form-status";
import { useKeptInput } from "@/components/ui/use-kept-input";

/** Adding a crisis line, or correcting one: where its number is published and when it was checked are required. */
export function CrisisLineForm({
  action,
  line,
  countries,
  today,
}: {
  action: (state: FormState, form: FormData) => Promise<FormState>;
  line?: CrisisLine;
  countries: CountryOption[];
  today: string;
}) {
  const t = useTranslations("crisisLines");
  const [state, formAction, pending] = useActionState(action, IDLE);
  const kept = useKeptInput(state);
  const fields = state.status === "error" ? state.fields : {};
  const id = (name: string) => `${line?.id ?? "new"}-${name}`;
  return (
    <form action={formAction} {...kept} className="grid gap-3 sm:grid-cols-2" data-testid={line ? "crisis-line-edit" : "crisis-line-new"}>
      <FormField id={id("country")} label={t("country")} error={errorOf(state, "country")}>
        {(control) => <CountrySelect control={control} countries={countries} defaultValue={line?.country ?? ""} placeholder={t("chooseCountry")} />}
      </FormField>
      <Field id={id("name")} name="name" label={t("name")} defaultValue={line?.name} required maxLength={120} error={fields.name} />
      <Field id={id("phone")} name="phone" label={t("phone")} defaultValue={line?.phone} required inputMode="tel" error={fields.phone} />
      <Field id={id("description")} name="description" label={t("description")} defaultValue={line?.description} maxLength={300} error={fields.description} />
      <Field
        id={id("sourceUrl")}
        name="sourceUrl"
        type="url"
        label={t("sourceUrl")}
        defaultValue={line?.sourceUrl}
        required
        hint={t("sourceHint")}
        error={fields.sourceUrl}
      />
      <Field
        id={id("checkedOn")}
        name="checkedOn"
        type="date"
        label={t("checkedOn")}
        defaultValue={line?.checkedOn ?? today}
        max={today}
        required
        error={fields.checkedOn}
      />
      <div className="flex flex-wrap items-center gap-3 sm:col-span-2">
        <Button type="submit" disabled={pending}>
          {line ? t("save") : t("add")}
        </Button>
        <FormStatus state={state} />
      </div>
    </form>
  );
}
