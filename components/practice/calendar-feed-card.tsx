"use client";

/** The psychologist's private calendar link: made (and shown) once, replaced or turned off here. */
import { useLocale, useTranslations } from "next-intl";
import { useActionState } from "react";
import { ActionButton } from "@/components/ui/action-button";
import { Button } from "@/components/ui/button";
import { CONTROL_CLASS } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import type { CalendarFeedStatus } from "@/lib/booking/calendar-feed";
import { IDLE, type CalendarFeedState, type FormState } from "@/lib/forms/form-state";
import { formats } from "@/lib/i18n/format";

type CreateAction = (state: CalendarFeedState, form: FormData) => Promise<CalendarFeedState>;
type RevokeAction = (state: FormState, form: FormData) => Promise<FormState>;

export function CalendarFeedCard({
  status,
  create,
  revoke,
  timeZone,
}: {
  status: CalendarFeedStatus | null;
  create: CreateAction;
  revoke: RevokeAction;
  timeZone: string;
}) {
  const t = useTranslations("practice.feed");
  const f = formats(useLocale(), timeZone);
  const [state, createAction, pending] = useActionState<CalendarFeedState, FormData>(create, IDLE);
  return (
    <div className="space-y-3 text-sm" data-testid="calendar-feed">
      <p className="text-slate-700">{t("intro")}</p>
      <FormStatus state={state} testId="calendar-feed-status" />
      {state.status === "saved" && state.url ? (
        <div className="space-y-1">
          <label htmlFor="calendar-feed-url" className="block font-medium text-slate-800">
            {t("yourLink")}
          </label>
          <input id="calendar-feed-url" readOnly value={state.url} className={`${CONTROL_CLASS} font-mono text-xs`} onFocus={(e) => e.currentTarget.select()} />
          <p className="text-xs text-slate-600">{t("shownOnce")}</p>
        </div>
      ) : (
        status && (
          <p data-testid="calendar-feed-active">
            {t("active", { since: f.longDate(status.createdAt), read: status.lastReadAt ? f.dateTime(status.lastReadAt) : t("neverRead") })}
          </p>
        )
      )}
      <div className="flex flex-wrap gap-2">
        <form action={createAction}>
          <Button type="submit" variant="secondary" disabled={pending}>
            {status || state.status === "saved" ? t("replace") : t("create")}
          </Button>
        </form>
        {(status || state.status === "saved") && <ActionButton action={revoke} label={t("turnOff")} variant="ghost" confirm={t("turnOffConfirm")} />}
      </div>
    </div>
  );
}
