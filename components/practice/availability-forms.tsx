"use client";

import { useLocale, useTranslations } from "next-intl";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { CONTROL_CLASS, errorOf, Field, FormField } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { useKeptInput } from "@/components/ui/use-kept-input";
import { IDLE, type FormState } from "@/lib/forms/form-state";
import { formats, ISO_WEEKDAYS } from "@/lib/i18n/format";

export function WeeklyHoursForm({ action }: { action: (s: FormState, f: FormData) => Promise<FormState> }) {
  const [state, formAction, pending] = useActionState(action, IDLE);
  const kept = useKeptInput(state);
  const t = useTranslations("availability");
  const f = formats(useLocale(), "UTC");
  return (
    <form action={formAction} {...kept} className="space-y-3" aria-label={t("addWeekly")}>
      <FormStatus state={state} testId="weekly-hours-status" />
      <div className="grid gap-3 sm:grid-cols-[1fr_minmax(9.5rem,auto)_minmax(9.5rem,auto)_auto] sm:items-end">
        <FormField id="wh-weekday" label={t("day")} error={errorOf(state, "weekday")}>
          {(control) => (
            <select {...control} name="weekday" className={CONTROL_CLASS} defaultValue="1">
              {ISO_WEEKDAYS.map((weekday) => (
                <option key={weekday} value={weekday}>
                  {f.weekday(weekday)}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <div>
          <Field id="wh-start" name="start" type="time" label={t("from")} defaultValue="09:00" required error={errorOf(state, "start")} />
        </div>
        <div>
          <Field id="wh-end" name="end" type="time" label={t("until")} defaultValue="17:00" required error={errorOf(state, "end")} />
        </div>
        <Button type="submit" variant="secondary" disabled={pending}>
          {t("addHours")}
        </Button>
      </div>
    </form>
  );
}

export function ExceptionForm({ action, today }: { action: (s: FormState, f: FormData) => Promise<FormState>; today: string }) {
  const [state, formAction, pending] = useActionState(action, IDLE);
  const kept = useKeptInput(state);
  const t = useTranslations("availability");
  return (
    <form action={formAction} {...kept} className="space-y-3" aria-label={t("addException")}>
      <FormStatus state={state} testId="exception-status" />
      <div className="grid gap-3 sm:grid-cols-2">
        <div>
          <Field id="ex-date" name="date" type="date" label={t("date")} min={today} defaultValue={today} required error={errorOf(state, "date")} />
        </div>
        <FormField id="ex-kind" label={t("change")} error={errorOf(state, "kind")}>
          {(control) => (
            <select {...control} name="kind" className={CONTROL_CLASS} defaultValue="unavailable">
              <option value="unavailable">{t("timeOff")}</option>
              <option value="available">{t("extraHours")}</option>
            </select>
          )}
        </FormField>
        <label className="flex min-h-11 items-center gap-2 text-sm font-medium sm:col-span-2">
          <input type="checkbox" name="wholeDay" className="h-5 w-5 accent-harbor-700" /> {t("theWholeDay")}
        </label>
        <div>
          <Field id="ex-start" name="start" type="time" label={t("fromUnlessWhole")} error={errorOf(state, "start")} />
        </div>
        <div>
          <Field id="ex-end" name="end" type="time" label={t("untilUnlessWhole")} error={errorOf(state, "end")} />
        </div>
      </div>
      <Button type="submit" variant="secondary" disabled={pending}>
        {t("save")}
      </Button>
    </form>
  );
}
