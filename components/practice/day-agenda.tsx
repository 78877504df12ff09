import { DateTime } from "luxon";
import type { CalendarDay } from "@/lib/booking/get-week-calendar";
import { FORMAT_LABEL } from "@/lib/catalogue/vocabulary";
import { clockTime } from "@/lib/format";

const STATUS = { booked: "Booked", completed: "Held", no_show: "No-show", cancelled: "Cancelled" } as const;

/** The week as one day after another: what a phone shows instead of seven narrow columns. */
export function DayAgenda({ days, today }: { days: CalendarDay[]; today: string }) {
  return (
    <ol className="space-y-3" data-testid="day-agenda">
      {days.map((day) => (
        <li key={day.date} className="rounded-xl border border-slate-200 bg-white p-3" aria-current={day.date === today ? "date" : undefined}>
          <h2 className="flex flex-wrap items-baseline justify-between gap-x-2 font-semibold">
            <span>
              {DateTime.fromISO(day.date).setLocale("en-GB").toFormat("cccc d LLLL")}
              {day.date === today && <span className="ml-2 rounded-full bg-harbor-100 px-2 py-0.5 text-xs text-harbor-900">Today</span>}
            </span>
            <span className="text-sm font-normal text-slate-600">
              {day.open.length === 0 ? "Not working" : day.open.map(([from, to]) => `${clockTime(from)}–${clockTime(to)}`).join(", ")}
            </span>
          </h2>
          {day.sessions.length === 0 ? (
            <p className="mt-1 text-sm text-slate-500">No sessions.</p>
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
                  {s.clientLabel}
                  <span className="block text-xs">
                    {FORMAT_LABEL[s.format]} · {STATUS[s.status]}
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
