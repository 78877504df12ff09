import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { DateTime } from "luxon";
import { AppShell } from "@/components/layout/app-shell";
import { PRACTICE_NAV } from "@/components/layout/navigation";
import { buttonClass } from "@/components/ui/button";
import { ClientName } from "@/components/practice/client-name";
import { CalendarFeedCard } from "@/components/practice/calendar-feed-card";
import { DayAgenda } from "@/components/practice/day-agenda";
import { Card } from "@/components/ui/card";
import { guardPage } from "@/lib/auth/page-guard";
import { ROUTE_ROLES } from "@/lib/auth/route-roles";
import { calendarFeedStatus } from "@/lib/booking/calendar-feed";
import { getWeekCalendar, type CalendarDay } from "@/lib/booking/get-week-calendar";
import { isAppError } from "@/lib/errors";
import { clockTime } from "@/lib/i18n/format";
import { requestFormats } from "@/lib/i18n/server-formats";
import { createCalendarFeedAction, revokeCalendarFeedAction } from "../actions";

export async function generateMetadata() {
  return { title: (await getTranslations("practice.week"))("metaTitle") };
}

/** 07–21 by default, widened to whatever the week's hours and sessions need. */
function visibleHours(days: CalendarDay[]): [number, number] {
  const intervals = days.flatMap((d) => [...d.open, ...d.sessions.map((s) => [s.start, Math.min(s.end, 1440)] as [number, number])]);
  const first = Math.min(7, ...intervals.map(([start]) => Math.floor(start / 60)));
  const last = Math.max(21, ...intervals.map(([, end]) => Math.ceil(end / 60)));
  return [first, last];
}

export default async function CalendarPage({ searchParams }: { searchParams: Promise<{ week?: string }> }) {
  const actor = await guardPage(ROUTE_ROLES["/practice/calendar"]);
  const { week } = await searchParams;
  const calendar = await getWeekCalendar(actor, week).catch(async (error: unknown) => {
    if (isAppError(error) && error.code === "bad_request") return getWeekCalendar(actor, undefined);
    throw error;
  });
  const monday = DateTime.fromISO(calendar.weekStart);
  const [t, tv, tf, f, feed] = await Promise.all([
    getTranslations("practice.week"),
    getTranslations("vocabulary"),
    getTranslations("practice.feed"),
    requestFormats("UTC"),
    calendarFeedStatus(actor),
  ]);
  const [FIRST_HOUR, LAST_HOUR] = visibleHours(calendar.days);
  const span = (LAST_HOUR - FIRST_HOUR) * 60;
  // The visible part of an interval, as top/height percentages of the day column.
  const place = (start: number, end: number) => {
    const from = Math.max(start, FIRST_HOUR * 60);
    const to = Math.min(end, LAST_HOUR * 60);
    return to <= from ? null : { top: `${((from - FIRST_HOUR * 60) / span) * 100}%`, height: `${((to - from) / span) * 100}%` };
  };
  const columnHeight = { height: `${(LAST_HOUR - FIRST_HOUR) * 3}rem` };
  return (
    <AppShell actor={actor} nav={PRACTICE_NAV} title={t("title", { date: f.longDate(calendar.weekStart) })}>
      <div className="flex flex-wrap items-center justify-between gap-2">
        <p className="text-sm text-slate-600">
          {t("legend", { zone: calendar.timeZone.replace(/_/g, " ") })}
          {/* The week grid, and so the shading, is shown from tablet width up. */}
          <span className="hidden md:inline"> {t("legendShaded")}</span>
        </p>
        <nav aria-label={t("weeks")} className="flex flex-wrap gap-2">
          <Link href={`/practice/calendar?week=${monday.minus({ weeks: 1 }).toISODate()}`} className={buttonClass("secondary")}>
            ← {t("previous")}
          </Link>
          <Link href="/practice/calendar" className={buttonClass("ghost")}>
            {t("thisWeek")}
          </Link>
          <Link href={`/practice/calendar?week=${monday.plus({ weeks: 1 }).toISODate()}`} className={buttonClass("secondary")}>
            {t("next")} →
          </Link>
        </nav>
      </div>
      <div className="md:hidden">
        <DayAgenda days={calendar.days} today={DateTime.now().setZone(calendar.timeZone).toISODate()!} />
      </div>
      <div className="hidden overflow-x-auto rounded-xl border border-slate-200 bg-white md:block" data-testid="week-calendar">
        <div className="grid min-w-[44rem] grid-cols-[3rem_repeat(7,1fr)]">
          <div />
          {calendar.days.map((day) => (
            <div key={day.date} className="border-b border-l border-slate-200 p-2 text-center text-sm font-medium">
              {f.shortDay(day.date)}
            </div>
          ))}
          <div className="relative" style={columnHeight}>
            {Array.from({ length: LAST_HOUR - FIRST_HOUR }, (_, i) => (
              <span key={i} className="absolute right-1 text-xs text-slate-500" style={{ top: `${(i / (LAST_HOUR - FIRST_HOUR)) * 100}%` }}>
                {String(FIRST_HOUR + i).padStart(2, "0")}
              </span>
            ))}
          </div>
          {calendar.days.map((day) => (
            <div
              key={day.date}
              className="relative border-l border-slate-200"
              style={columnHeight}
              role="group"
              aria-label={t("daySessions", { day: f.dayHeading(day.date), count: day.sessions.length })}
            >
              {day.open.map(([start, end]) => {
                const box = place(start, end);
                return box && <div key={start} data-testid="open-hours" className="absolute inset-x-0 bg-harbor-100" style={box} aria-hidden />;
              })}
              {day.sessions.map((s) => {
                const box = place(s.start, s.end);
                return (
                  box && (
                    <div
                      key={s.id}
                      data-testid="calendar-session"
                      className={`absolute inset-x-1 overflow-hidden rounded-md border px-1 text-xs ${s.status === "booked" ? "border-harbor-700 bg-harbor-100 text-harbor-900" : "border-slate-300 bg-slate-100 text-slate-600"}`}
                      style={box}
                      // A short session's box clips its second line; the whole of it is one hover away.
                      title={`${clockTime(s.start)} ${s.client.alias ?? t("clientCode", { code: s.client.code })} · ${tv(`format.${s.format}`)} · ${t(`status.${s.status}`)}`}
                    >
                      <span className="font-semibold">{clockTime(s.start)}</span> <ClientName client={s.client} />
                      <br />
                      {tv(`format.${s.format}`)} · {t(`status.${s.status}`)}
                    </div>
                  )
                );
              })}
            </div>
          ))}
        </div>
      </div>
      <Card title={tf("title")}>
        <CalendarFeedCard status={feed} create={createCalendarFeedAction} revoke={revokeCalendarFeedAction} timeZone={calendar.timeZone} />
      </Card>
    </AppShell>
  );
}
