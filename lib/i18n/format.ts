/**
 * The one place dates, times, weekdays and numbers are formatted: always for a language and, for
 * instants, in a time zone (the viewer's, the employer's, or UTC where the page says so). Intl does
 * the work, so Russian months take their genitive after a day ("2 декабря") and weekdays are
 * the language's own.
 */
import { INTL_LOCALE, isLocale, DEFAULT_LOCALE, type Locale } from "./locales";

/** ISO weekdays, Monday first (1–7). */
export const ISO_WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;

/** Minutes after midnight as HH:MM (both languages use the 24-hour clock). */
export function clockTime(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
}

/** A calendar date (YYYY-MM-DD, or a Date at UTC midnight) as an instant Intl can format in UTC. */
function calendarInstant(day: string | Date): Date {
  return typeof day === "string" ? new Date(`${day.slice(0, 10)}T12:00:00Z`) : day;
}

export interface Formats {
  locale: Locale;
  /** "Wed 2 Dec, 14:00" / "ср, 2 дек., 14:00" */
  dateTime(date: Date): string;
  /** "Wednesday 2 December 2026, 14:00": for e-mails and confirmations. */
  longDateTime(date: Date): string;
  time(date: Date): string;
  /** "2 Dec 2026" */
  date(date: Date): string;
  /** A calendar date with its weekday: "Wed 2 Dec 2026". */
  calendarDate(day: string | Date): string;
  /** A day's heading in a list of days: "Wednesday 2 December". */
  dayHeading(day: string | Date): string;
  /** "Wed 2": a column heading in a week. */
  shortDay(day: string | Date): string;
  /** "2 December 2026" */
  longDate(day: string | Date): string;
  /** "1 January" / "1 января": a day that recurs every year. */
  dayOfYear(month: number, day: number): string;
  /** The month's own name, standalone: "January" / "январь". */
  monthName(month: number): string;
  /** "December 2026" for YYYY-MM. */
  month(yearMonth: string): string;
  weekday(isoWeekday: number): string;
  number(value: number): string;
  /** A number with a fixed count of decimals: "4.5" / "4,5". */
  decimal(value: number, fractionDigits?: number): string;
  /** A share from 0 to 1 as a whole percentage. */
  percent(share: number): string;
}

export function formats(locale: string, timeZone: string): Formats {
  const lang = isLocale(locale) ? locale : DEFAULT_LOCALE;
  const tag = INTL_LOCALE[lang];
  const inZone = (options: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat(tag, { ...options, timeZone });
  const inUtc = (options: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat(tag, { ...options, timeZone: "UTC" });
  const clock = { hour: "2-digit", minute: "2-digit", hourCycle: "h23" } as const;
  return {
    locale: lang,
    dateTime: (date) => inZone({ weekday: "short", day: "numeric", month: "short", ...clock }).format(date),
    longDateTime: (date) => inZone({ weekday: "long", day: "numeric", month: "long", year: "numeric", ...clock }).format(date),
    time: (date) => inZone(clock).format(date),
    date: (date) => inZone({ day: "numeric", month: "short", year: "numeric" }).format(date),
    calendarDate: (day) => inUtc({ weekday: "short", day: "numeric", month: "short", year: "numeric" }).format(calendarInstant(day)),
    dayHeading: (day) => inUtc({ weekday: "long", day: "numeric", month: "long" }).format(calendarInstant(day)),
    shortDay: (day) => inUtc({ weekday: "short", day: "numeric" }).format(calendarInstant(day)),
    longDate: (day) => inUtc({ day: "numeric", month: "long", year: "numeric" }).format(calendarInstant(day)),
    dayOfYear: (month, day) => inUtc({ day: "numeric", month: "long" }).format(new Date(Date.UTC(2024, month - 1, day, 12))),
    monthName: (month) => inUtc({ month: "long" }).format(new Date(Date.UTC(2024, month - 1, 15, 12))),
    month: (yearMonth) => inUtc({ month: "long", year: "numeric" }).format(calendarInstant(`${yearMonth}-01`)),
    // 2024-01-01 was a Monday.
    weekday: (isoWeekday) => inUtc({ weekday: "long" }).format(new Date(Date.UTC(2024, 0, isoWeekday, 12))),
    number: (value) => new Intl.NumberFormat(tag).format(value),
    decimal: (value, fractionDigits = 1) =>
      new Intl.NumberFormat(tag, { minimumFractionDigits: fractionDigits, maximumFractionDigits: fractionDigits }).format(value),
    percent: (share) => new Intl.NumberFormat(tag, { style: "percent", maximumFractionDigits: 0 }).format(share),
  };
}

/** The calendar date (YYYY-MM-DD) an instant falls on in a time zone. */
export function calendarDay(date: Date, timeZone: string): string {
  return new Intl.DateTimeFormat("en-CA", { year: "numeric", month: "2-digit", day: "2-digit", timeZone }).format(date);
}
