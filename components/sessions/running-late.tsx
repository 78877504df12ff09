"use client";

/**
 * "Running late": the psychologist tells the client in a click; the client's room shows it at once
 * (the event stream carries it) with the time they now expect them.
 */
import { useLocale, useTranslations } from "next-intl";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { CONTROL_CLASS, errorOf, FormField } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { IDLE, type FormState } from "@/lib/forms/form-state";
import { formats } from "@/lib/i18n/format";
import { RUNNING_LATE_CHOICES } from "@/lib/sessions/running-late-choices";
import { useSessionLive } from "./session-live";

export function RunningLateNotice({ psychologistName, timeZone }: { psychologistName: string; timeZone: string }) {
  const t = useTranslations("room.runningLate");
  const f = formats(useLocale(), timeZone);
  const live = useSessionLive();
  if (!live?.psychologistLateMinutes || live.ended) return null;
  const expected = new Date(live.startsAt + live.psychologistLateMinutes * 60_000);
  return (
    <p role="status" className="rounded-lg bg-amber-50 p-3 text-sm text-amber-900" data-testid="running-late">
      {t("notice", { name: psychologistName, minutes: live.psychologistLateMinutes, time: f.time(expected) })}
    </p>
  );
}

type Action = (state: FormState, form: FormData) => Promise<FormState>;

export function RunningLateForm({ action }: { action: Action }) {
  const t = useTranslations("room.runningLate");
  const live = useSessionLive();
  const [state, formAction, pending] = useActionState(action, IDLE);
  if (!live || live.ended || live.inCall) return null;
  return (
    <form action={formAction} className="flex flex-wrap items-end gap-2" data-testid="running-late-form">
      <FormField id="running-late-minutes" label={t("label")} error={errorOf(state, "minutes")}>
        {(control) => (
          <select {...control} name="minutes" defaultValue={live.psychologistLateMinutes ?? 10} className={`${CONTROL_CLASS} text-base sm:w-44`}>
            {RUNNING_LATE_CHOICES.map((minutes) => (
              <option key={minutes} value={minutes}>
                {t("minutes", { minutes })}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <Button type="submit" variant="secondary" disabled={pending}>
        {t("tell")}
      </Button>
      <FormStatus state={state} testId="running-late-status" />
    </form>
  );
}
