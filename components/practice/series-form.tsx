"use client";

/** The psychologist books a run of regular sessions with one client (lib/booking/book-series.ts). */
import { useLocale, useTranslations } from "next-intl";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { CONTROL_CLASS, errorOf, Field, FormField } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import type { SeriesOptions } from "@/lib/booking/book-series";
import { useKeptInput } from "@/components/ui/use-kept-input";
import { IDLE, type SeriesState } from "@/lib/forms/form-state";
import { formats as dateFormats } from "@/lib/i18n/format";

type Action = (state: SeriesState, form: FormData) => Promise<SeriesState>;

export function SeriesForm({ action, options, timeZone }: { action: Action; options: SeriesOptions; timeZone: string }) {
  const t = useTranslations("clients.series");
  const tv = useTranslations("vocabulary");
  const f = dateFormats(useLocale(), timeZone);
  const [state, formAction, pending] = useActionState<SeriesState, FormData>(action, IDLE);
  const kept = useKeptInput(state);
  const select = `${CONTROL_CLASS} text-base`;
  return (
    <form action={formAction} {...kept} className="space-y-3" data-testid="series-form">
      <p className="text-sm text-slate-600">{t("intro", { left: options.left })}</p>
      <FormStatus state={state} testId="series-status" />
      {state.status === "saved" && state.booked && (
        <div className="text-sm">
          <p className="font-medium">{t("booked")}</p>
          <ul className="list-disc pl-5" data-testid="series-booked">
            {state.booked.map((at) => (
              <li key={at}>{f.dateTime(new Date(at))}</li>
            ))}
          </ul>
        </div>
      )}
      <FormField id="series-first" label={t("first")} error={errorOf(state, "firstStartsAt")}>
        {(control) => (
          <select {...control} name="firstStartsAt" required className={select}>
            {options.firstTimes.map((at) => (
              <option key={at.toISOString()} value={at.toISOString()}>
                {f.dateTime(at)}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <FormField id="series-cadence" label={t("cadence")} error={errorOf(state, "cadence")}>
        {(control) => (
          <select {...control} name="cadence" defaultValue="weekly" className={select}>
            <option value="weekly">{t("weekly")}</option>
            <option value="fortnightly">{t("fortnightly")}</option>
          </select>
        )}
      </FormField>
      <Field
        id="series-count"
        name="count"
        type="number"
        min={2}
        max={12}
        defaultValue={Math.min(6, options.left)}
        required
        label={t("count")}
        hint={t("countHint")}
        error={errorOf(state, "count")}
      />
      <FormField id="series-format" label={t("format")} error={errorOf(state, "format")}>
        {(control) => (
          <select {...control} name="format" className={select}>
            {options.formats.map((format) => (
              <option key={format} value={format}>
                {tv(`format.${format}`)}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <Button type="submit" disabled={pending}>
        {t("book")}
      </Button>
    </form>
  );
}
