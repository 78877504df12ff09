"use client";

import { useLocale, useTranslations } from "next-intl";
import { useActionState } from "react";
import { formats } from "@/lib/i18n/format";
import { LOCALE_NAMES, LOCALES } from "@/lib/i18n/locales";
import { DIRECTIONS, FORMATS } from "@/lib/catalogue/vocabulary";
import { IDLE, type FormState } from "@/lib/forms/form-state";
import type { CountryOption } from "@/lib/urgent-help/countries";
import { CountrySelect } from "@/components/urgent-help/country-select";
import { Button } from "@/components/ui/button";
import { CONTROL_CLASS, errorOf, Field, FieldGroup, FormField } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { useKeptInput } from "@/components/ui/use-kept-input";

export interface TenantFormValues {
  name: string;
  slug: string;
  locale: string;
  timeZone: string;
  country: string;
  hotlineName: string | null;
  hotlinePhone: string | null;
  contract: {
    sessionsPerYear: number;
    yearStartMonth: number;
    yearStartDay: number;
    directions: string[];
    formats: string[];
    lateCancelHours: number;
    reportMinGroupSize: number;
    registryGraceDays: number;
  };
}

export const NEW_TENANT: TenantFormValues = {
  name: "",
  slug: "",
  locale: "en",
  timeZone: "Europe/Helsinki",
  country: "FI",
  hotlineName: null,
  hotlinePhone: null,
  contract: {
    sessionsPerYear: 6,
    yearStartMonth: 1,
    yearStartDay: 1,
    directions: ["psychology"],
    formats: ["chat", "audio", "video"],
    lateCancelHours: 24,
    reportMinGroupSize: 10,
    registryGraceDays: 0,
  },
};

const MONTHS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12] as const;

export function TenantForm({
  action,
  initial,
  mode,
  countries,
}: {
  action: (state: FormState, form: FormData) => Promise<FormState>;
  initial: TenantFormValues;
  mode: "create" | "edit";
  countries: CountryOption[];
}) {
  const t = useTranslations("tenantForm");
  const tv = useTranslations("vocabulary");
  const monthName = formats(useLocale(), "UTC").monthName;
  const [state, formAction, pending] = useActionState(action, IDLE);
  const kept = useKeptInput(state);
  const fields = state.status === "error" ? state.fields : {};
  const c = initial.contract;
  return (
    <form action={formAction} {...kept} className="space-y-5">
      {state.status === "error" && (
        <Notice tone="error" testId="tenant-form-error">
          {state.message}
        </Notice>
      )}
      {state.status === "saved" && <Notice tone="success">{t("saved")}</Notice>}
      <div className="grid gap-4 sm:grid-cols-2">
        <div>
          <Field id="name" name="name" label={t("name")} defaultValue={initial.name} required error={fields.name} />
        </div>
        <div>
          <Field id="slug" name="slug" label={t("slug")} defaultValue={initial.slug} required autoCapitalize="none" error={fields.slug} />
        </div>
        <FormField id="locale" label={t("language")} error={errorOf(state, "locale")}>
          {(control) => (
            <select {...control} name="locale" defaultValue={initial.locale} className={CONTROL_CLASS}>
              {LOCALES.map((locale) => (
                <option key={locale} value={locale} lang={locale}>
                  {LOCALE_NAMES[locale]}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <div>
          <Field id="timeZone" name="timeZone" label={t("timeZone")} defaultValue={initial.timeZone} required error={fields.timeZone} />
        </div>
        <FormField id="country" label={t("country")} hint={t("countryHint")} error={errorOf(state, "country")}>
          {(control) => <CountrySelect control={control} countries={countries} defaultValue={initial.country} />}
        </FormField>
        <div />
        <div>
          <Field
            id="hotlineName"
            name="hotlineName"
            label={t("hotlineName")}
            hint={t("hotlineHint")}
            defaultValue={initial.hotlineName ?? ""}
            error={fields.hotlineName}
          />
        </div>
        <div>
          <Field
            id="hotlinePhone"
            name="hotlinePhone"
            label={t("hotlinePhone")}
            inputMode="tel"
            defaultValue={initial.hotlinePhone ?? ""}
            error={fields.hotlinePhone}
          />
        </div>
      </div>
      <fieldset className="space-y-4 rounded-lg border border-slate-200 p-4">
        <legend className="px-1 text-sm font-semibold">{t("contract")}</legend>
        <div className="grid gap-4 sm:grid-cols-3">
          <div>
            <Field
              id="sessionsPerYear"
              name="sessionsPerYear"
              type="number"
              min={0}
              max={100}
              label={t("sessionsPerYear")}
              defaultValue={c.sessionsPerYear}
              required
              error={fields.sessionsPerYear}
            />
          </div>
          <FormField id="yearStartMonth" label={t("yearStartMonth")} error={errorOf(state, "yearStartMonth")}>
            {(control) => (
              <select {...control} name="yearStartMonth" defaultValue={c.yearStartMonth} className={CONTROL_CLASS}>
                {MONTHS.map((month) => (
                  <option key={month} value={month}>
                    {monthName(month)}
                  </option>
                ))}
              </select>
            )}
          </FormField>
          <div>
            <Field
              id="yearStartDay"
              name="yearStartDay"
              type="number"
              min={1}
              max={28}
              label={t("yearStartDay")}
              defaultValue={c.yearStartDay}
              required
              error={fields.yearStartDay}
            />
          </div>
          <div>
            <Field
              id="lateCancelHours"
              name="lateCancelHours"
              type="number"
              min={0}
              max={168}
              label={t("lateCancelHours")}
              defaultValue={c.lateCancelHours}
              required
              error={fields.lateCancelHours}
            />
          </div>
          <div>
            <Field
              id="reportMinGroupSize"
              name="reportMinGroupSize"
              type="number"
              min={10}
              max={1000}
              label={t("minGroup")}
              defaultValue={c.reportMinGroupSize}
              required
              error={fields.reportMinGroupSize}
            />
          </div>
          <div>
            <Field
              id="registryGraceDays"
              name="registryGraceDays"
              type="number"
              min={0}
              max={365}
              label={t("graceDays")}
              defaultValue={c.registryGraceDays}
              required
              error={fields.registryGraceDays}
            />
          </div>
        </div>
        <Checkboxes
          legend={t("directions")}
          name="directions"
          options={DIRECTIONS.map((d) => [d, tv(`direction.${d}`)] as const)}
          checked={c.directions}
          error={fields.directions}
        />
        <Checkboxes
          legend={t("formats")}
          name="formats"
          options={FORMATS.map((f) => [f, tv(`format.${f}`)] as const)}
          checked={c.formats}
          error={fields.formats}
        />
      </fieldset>
      <Button type="submit" disabled={pending}>
        {pending ? t("saving") : mode === "create" ? t("create") : t("save")}
      </Button>
    </form>
  );
}

function Checkboxes({
  legend,
  name,
  options,
  checked,
  error,
}: {
  legend: string;
  name: string;
  options: (readonly [string, string])[];
  checked: string[];
  error?: string;
}) {
  return (
    <FieldGroup id={`tenant-${name}`} className="" legend={legend} error={error}>
      <div className="mt-1 flex flex-wrap gap-4">
        {options.map(([value, label]) => (
          <label key={value} className="flex min-h-11 items-center gap-2 text-sm">
            <input type="checkbox" name={name} value={value} defaultChecked={checked.includes(value)} className="h-5 w-5" />
            {label}
          </label>
        ))}
      </div>
    </FieldGroup>
  );
}
