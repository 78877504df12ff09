import { ActionButton } from "@/components/ui/action-button";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { DateTime } from "luxon";
import { AppShell } from "@/components/layout/app-shell";
import { PRACTICE_NAV } from "@/components/layout/navigation";
import { ExceptionForm, WeeklyHoursForm } from "@/components/practice/availability-forms";
import { Card, EmptyState } from "@/components/ui/card";
import { guardPage } from "@/lib/auth/page-guard";
import { ROUTE_ROLES } from "@/lib/auth/route-roles";
import { getAvailability } from "@/lib/booking/manage-availability";
import { clockTime } from "@/lib/i18n/format";
import { requestFormats } from "@/lib/i18n/server-formats";
import { addExceptionAction, addWeeklyHoursAction, removeAvailabilityAction } from "../actions";

export async function generateMetadata() {
  return { title: (await getTranslations("availability"))("title") };
}

export default async function AvailabilityPage() {
  const actor = await guardPage(ROUTE_ROLES["/practice/availability"]);
  const availability = await getAvailability(actor);
  const today = DateTime.now().setZone(availability.timeZone).toISODate()!;
  const [t, f] = await Promise.all([getTranslations("availability"), requestFormats("UTC")]);
  const hours = (start: number, end: number) => `${clockTime(start)}–${clockTime(end)}`;
  return (
    <AppShell actor={actor} nav={PRACTICE_NAV} title={t("title")}>
      <p className="text-sm text-slate-700">
        {t.rich("intro", {
          zone: availability.timeZone.replace(/_/g, " "),
          minutes: availability.sessionMinutes,
          buffer: availability.bufferMinutes,
          notice: availability.minNoticeMinutes / 60,
          strong: (chunks) => <strong>{chunks}</strong>,
          link: (chunks) => (
            <Link href="/practice/profile" className="font-medium text-harbor-700 underline">
              {chunks}
            </Link>
          ),
        })}
      </p>
      <Card title={t("weekly")}>
        {availability.rules.length === 0 ? (
          <EmptyState>{t("noWeekly")}</EmptyState>
        ) : (
          <ul className="mb-4 divide-y divide-slate-100" data-testid="weekly-hours">
            {availability.rules.map((rule) => (
              <li key={rule.id} className="flex items-center justify-between gap-2 py-2 text-sm">
                <span>
                  <span className="inline-block w-28 font-medium">{f.weekday(rule.weekday)}</span>
                  {hours(rule.startMinute, rule.endMinute)}
                </span>
                <ActionButton
                  action={removeAvailabilityAction.bind(null, "rule", rule.id)}
                  variant="ghost"
                  ariaLabel={t("removeHours", { hours: `${f.weekday(rule.weekday)} ${hours(rule.startMinute, rule.endMinute)}` })}
                  label={t("remove")}
                />
              </li>
            ))}
          </ul>
        )}
        <WeeklyHoursForm action={addWeeklyHoursAction} />
      </Card>
      <Card title={t("exceptions")}>
        {availability.exceptions.length === 0 ? (
          <EmptyState>{t("noExceptions")}</EmptyState>
        ) : (
          <ul className="mb-4 divide-y divide-slate-100" data-testid="exceptions">
            {availability.exceptions.map((e) => (
              <li key={e.id} className="flex items-center justify-between gap-2 py-2 text-sm">
                <span>
                  <span className="font-medium">{f.calendarDate(e.date)}</span> · {e.kind === "unavailable" ? t("timeOff") : t("extraHours")} ·{" "}
                  {e.startMinute === null ? t("wholeDay") : hours(e.startMinute, e.endMinute!)}
                </span>
                <ActionButton action={removeAvailabilityAction.bind(null, "exception", e.id)} variant="ghost" label={t("remove")} />
              </li>
            ))}
          </ul>
        )}
        <ExceptionForm action={addExceptionAction} today={today} />
      </Card>
    </AppShell>
  );
}
