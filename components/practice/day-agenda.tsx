import { useLocale, useTranslations } from "next-intl";
import type { CalendarDay } from "@/lib/booking/get-week-calendar";
import { clockTime, formats } from "@/lib/i18n/format";
import { ClientName } from "./client-name";

/** The week as one day after another: what a phone shows instead of seven narrow columns. */
export function DayAgenda({ days, today }: { days: CalendarDay[]; today: string }) {
  const t = useTranslations("practice.week");
  const tv = useTranslations("vocabulary");
  const f = formats(useLocale(), "UTC");
  return (
    <ol className="space-y-3" data-testid="day-agenda">
      {days.map((day) => (
        <li key={day.date} className="rounded-xl border border-slate-200 bg-white p-3" aria-current={day.date === today ? "date" : undefined}>
          <h2 className="flex flex-wrap items-baseline justify-between gap-x-2 font-semibold">
            <span>
              {f.dayHeading(day.date)}
              {day.date === today && <span className="ml-2 rounded-full bg-harbor-100 px-2 py-0.5 text-xs text-harbor-900">{t("today")}</span>}
            </span>
            <span className="text-sm font-normal text-slate-600">
              {day.open.length === 0 ? t("notWorking") : day.open.map(([from, to]) => `${clockTime(from)}–${clockTime(to)}`).join(", ")}
            </span>
          </h2>
          {day.sessions.length === 0 ? (
            <p className="mt-1 text-sm text-slate-500">{t("noSessions")}</p>
          ) : (
            <ul className="mt-2 space-y-2">
              {day.sessions.map((s) => (
                <li
                  key={s.id}
                  data-testid="agenda-session"
                  className={`rounded-lg border px-3 py-2 text-sm ${s.status === "booked" ? "border-harbor-700 bg-harbor-50 text-harbor-900" : "border-slate-200 bg-slate-50 text-slate-600"}`}
                >
                  <span className="font-semibold">
                    {clockTime(s.start)}–{clockTime(Math.min(s.end, 1440))}
                  </span>{" "}
                  <ClientName client={s.client} />
                  <span className="block text-xs">
                    {tv(`format.${s.format}`)} · {t(`status.${s.status}`)}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </li>
      ))}
    </ol>
  );
}
