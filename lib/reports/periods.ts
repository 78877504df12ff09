/**
 * Report periods are fixed: calendar months ("2026-09"), calendar quarters ("2026-Q3") and contract
 * years ("2026" = the contract year that starts in 2026), in the tenant's time zone. Never free date
 * ranges, which could be narrowed until a figure describes one person.
 */
import { DateTime } from "luxon";
import { z } from "zod";

export const ZPeriodKey = z.string().regex(/^\d{4}(-Q[1-4]|-(0[1-9]|1[0-2]))?$/, "errors.reports.period");

export type PeriodKind = "month" | "quarter" | "year";

export interface Period {
  key: string;
  kind: PeriodKind;
  start: Date;
  end: Date;
  /** The months a trend for this period shows: those inside it, or for a month the six ending with it. */
  trendMonths: string[];
}

export interface YearStart {
  yearStartMonth: number;
  yearStartDay: number;
}

export function periodKind(key: string): PeriodKind {
  return key.includes("-Q") ? "quarter" : key.length === 7 ? "month" : "year";
}

export function parsePeriod(key: string, timeZone: string, yearStart: YearStart): Period {
  const value = ZPeriodKey.parse(key);
  const year = Number(value.slice(0, 4));
  const kind = periodKind(value);
  let start: DateTime;
  let end: DateTime;
  if (kind === "quarter") {
    start = DateTime.fromObject({ year, month: (Number(value.slice(6)) - 1) * 3 + 1, day: 1 }, { zone: timeZone });
    end = start.plus({ months: 3 });
  } else if (kind === "month") {
    start = DateTime.fromObject({ year, month: Number(value.slice(5)), day: 1 }, { zone: timeZone });
    end = start.plus({ months: 1 });
  } else {
    start = DateTime.fromObject({ year, month: yearStart.yearStartMonth, day: yearStart.yearStartDay }, { zone: timeZone });
    end = start.plus({ years: 1 });
  }
  const trendStart = kind === "month" ? start.minus({ months: 5 }) : start.startOf("month");
  const trendMonths: string[] = [];
  for (let month = trendStart; month < end; month = month.plus({ months: 1 })) trendMonths.push(month.toFormat("yyyy-LL"));
  return { key: value, kind, start: start.toJSDate(), end: end.toJSDate(), trendMonths };
}

/** How far back periods are offered: three contract years is what an employer reviews a programme on. */
const MAX_MONTHS_BACK = 36;

/**
 * The periods offered for a tenant, newest first: every month, quarter and contract year that has
 * begun and ends after `since` (when the tenant's programme began), at most three years back.
 * The list depends on the calendar only, never on the data, so it tells nothing by itself.
 */
export function offeredPeriodKeys(now: Date, since: Date, timeZone: string, yearStart: YearStart): string[] {
  return offeredPeriods(now, since, timeZone, yearStart).map((period) => period.key);
}

// Every report request needs the offered periods, and working them out in luxon costs milliseconds
// (most of a dashboard read). They change only when a local day begins, so one list per tenant calendar
// and local day is kept; a bounded map, emptied when full, since a day's lists are all that matter.
const offeredByDay = new Map<string, readonly Period[]>();
const OFFERED_CACHE_SIZE = 5_000;

/** The offered periods themselves (as offeredPeriodKeys lists them), parsed. */
export function offeredPeriods(now: Date, since: Date, timeZone: string, yearStart: YearStart): readonly Period[] {
  const local = DateTime.fromJSDate(now, { zone: timeZone });
  const cacheKey = `${timeZone}|${yearStart.yearStartMonth}-${yearStart.yearStartDay}|${since.toISOString()}|${local.toISODate()}`;
  const cached = offeredByDay.get(cacheKey);
  if (cached) return cached;
  const periods = listOfferedPeriods(local, since, timeZone, yearStart);
  if (offeredByDay.size >= OFFERED_CACHE_SIZE) offeredByDay.clear();
  offeredByDay.set(cacheKey, periods);
  return periods;
}

function listOfferedPeriods(local: DateTime, since: Date, timeZone: string, yearStart: YearStart): readonly Period[] {
  // Periods begin at a local midnight, so "begun by the start of the next local day" is "begun today".
  const today = local.startOf("day").plus({ days: 1 }).toJSDate();
  const earliest = DateTime.max(DateTime.fromJSDate(since, { zone: timeZone }), local.minus({ months: MAX_MONTHS_BACK })).startOf("month");
  const keys: string[] = [];
  for (let year = local.year; year >= earliest.year - 1; year -= 1) keys.push(String(year));
  for (let quarter = local.startOf("quarter"); quarter >= earliest.startOf("quarter"); quarter = quarter.minus({ quarters: 1 })) {
    keys.push(`${quarter.year}-Q${quarter.quarter}`);
  }
  for (let month = local.startOf("month"); month >= earliest; month = month.minus({ months: 1 })) keys.push(month.toFormat("yyyy-LL"));
  return Object.freeze(keys.map((key) => parsePeriod(key, timeZone, yearStart)).filter((period) => period.start < today && period.end > earliest.toJSDate()));
}

/** The quarter `now` falls in, in the tenant's zone. */
export function currentQuarterKey(now: Date, timeZone: string): string {
  const local = DateTime.fromJSDate(now, { zone: timeZone });
  return `${local.year}-Q${local.quarter}`;
}

/** Days after a month ends before it is released: records of its last days (a session recorded late, a rating) settle first. */
export const RELEASE_GRACE_DAYS = 3;

/** The local day a month's figures are released: its end plus the grace days. */
export function releaseDay(monthKey: string, timeZone: string): DateTime {
  return DateTime.fromFormat(monthKey, "yyyy-LL", { zone: timeZone }).plus({ months: 1, days: RELEASE_GRACE_DAYS });
}

/** The first day of the contract year a month belongs to (the one its first day falls in). */
export function contractYearStartOf(monthStart: DateTime, yearStart: YearStart): DateTime {
  const candidate = monthStart.set({ month: yearStart.yearStartMonth, day: yearStart.yearStartDay }).startOf("day");
  return candidate > monthStart ? candidate.minus({ years: 1 }) : candidate;
}

/** Months are released from the programme's first month, at most this far back. */
const MAX_MONTHS_RELEASED = MAX_MONTHS_BACK + 12;

// Both lists below are asked for on every report request and change only with the local day (due
// months) or never (a period's months): kept, like the offered periods, in bounded maps.
const dueByDay = new Map<string, readonly string[]>();
const monthsByPeriod = new Map<string, readonly string[]>();

function remember<T>(map: Map<string, T>, key: string, make: () => T): T {
  const known = map.get(key);
  if (known !== undefined) return known;
  const made = make();
  if (map.size >= OFFERED_CACHE_SIZE) map.clear();
  map.set(key, made);
  return made;
}

/** Every month whose release day has come, oldest first, from the programme's first month. */
export function dueMonthKeys(now: Date, since: Date, timeZone: string): readonly string[] {
  const local = DateTime.fromJSDate(now, { zone: timeZone });
  // Release days begin at a local midnight: the list is the same all day.
  return remember(dueByDay, `${timeZone}|${since.toISOString()}|${local.toISODate()}`, () => listDueMonthKeys(local, since, timeZone));
}

function listDueMonthKeys(local: DateTime, since: Date, timeZone: string): readonly string[] {
  const first = DateTime.max(DateTime.fromJSDate(since, { zone: timeZone }), local.minus({ months: MAX_MONTHS_RELEASED })).startOf("month");
  const keys: string[] = [];
  for (let month = first; releaseDay(month.toFormat("yyyy-LL"), timeZone) <= local; month = month.plus({ months: 1 })) keys.push(month.toFormat("yyyy-LL"));
  return keys;
}

/** The months a period is made of, from the programme's first month on (a year holds the months that begin in it). */
export function monthsOfPeriod(period: Period, since: Date, timeZone: string): readonly string[] {
  return remember(monthsByPeriod, `${timeZone}|${since.toISOString()}|${period.start.toISOString()}|${period.key}`, () =>
    listMonthsOfPeriod(period, since, timeZone),
  );
}

function listMonthsOfPeriod(period: Period, since: Date, timeZone: string): readonly string[] {
  const first = DateTime.fromJSDate(since, { zone: timeZone }).startOf("month");
  const keys: string[] = [];
  const end = DateTime.fromJSDate(period.end, { zone: timeZone });
  for (let month = DateTime.fromJSDate(period.start, { zone: timeZone }).startOf("month"); month < end; month = month.plus({ months: 1 })) {
    if (month.toJSDate() >= period.start && month >= first) keys.push(month.toFormat("yyyy-LL"));
  }
  return keys;
}
