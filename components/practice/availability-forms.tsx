"use client";

import { useLocale, useTranslations } from "next-intl";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { CONTROL_CLASS, Field } from "@/components/ui/field";
import { FieldError, FormStatus } from "@/components/ui/form-status";
import { IDLE, type FormState } from "@/lib/forms/form-state";
import { formats, ISO_WEEKDAYS } from "@/lib/i18n/format";

export function WeeklyHoursForm({ action }: { action: (s: FormState, f: FormData) => Promise<FormState> }) {
  const [state, formAction, pending] = useActionState(action, IDLE);
  const t = useTranslations("availability");
  const f = formats(useLocale(), "UTC");
  return (
    <form action={formAction} className="space-y-3" aria-label={t("addWeekly")}>
      <FormStatus state={state} testId="weekly-hours-status" />
      <div className="grid gap-3 sm:grid-cols-[1fr_minmax(9.5rem,auto)_minmax(9.5rem,auto)_auto] sm:items-end">
        <label className="block space-y-1 text-sm font-medium">
          {t("day")}
          <select name="weekday" className={CONTROL_CLASS} defaultValue="1">
            {ISO_WEEKDAYS.map((weekday) => (
              <option key={weekday} value={weekday}>
                {f.weekday(weekday)}
              </option>
            ))}
          </select>
        </label>
        <div>
          <Field id="wh-start" name="start" type="time" label={t("from")} defaultValue="09:00" required />
          <FieldError state={state} name="start" />
        </div>
        <div>
          <Field id="wh-end" name="end" type="time" label={t("until")} defaultValue="17:00" required />
          <FieldError state={state} name="end" />
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
  const t = useTranslations("availability");
  return (
    <form action={formAction} className="space-y-3" aria-label={t("addException")}>
      <FormStatus state={state} testId="exception-status" />
      <div className="grid gap-3 sm:grid-cols-2">
        <div>
          <Field id="ex-date" name="date" type="date" label={t("date")} min={today} defaultValue={today} required />
          <FieldError state={state} name="date" />
        </div>
        <label className="block space-y-1 text-sm font-medium">
          {t("change")}
          <select name="kind" className={CONTROL_CLASS} defaultValue="unavailable">
            <option value="unavailable">{t("timeOff")}</option>
            <option value="available">{t("extraHours")}</option>
          </select>
        </label>
        <label className="flex min-h-11 items-center gap-2 text-sm font-medium sm:col-span-2">
          <input type="checkbox" name="wholeDay" className="h-5 w-5 accent-harbor-700" /> {t("theWholeDay")}
        </label>
        <div>
          <Field id="ex-start" name="start" type="time" label={t("fromUnlessWhole")} />
          <FieldError state={state} name="start" />
        </div>
        <div>
          <Field id="ex-end" name="end" type="time" label={t("untilUnlessWhole")} />
          <FieldError state={state} name="end" />
        </div>
      </div>
      <Button type="submit" variant="secondary" disabled={pending}>
        {t("save")}
      </Button>
    </form>
  );
}
