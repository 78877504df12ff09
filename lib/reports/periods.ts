/**
 * Report periods are fixed calendar months, quarters and years in the tenant's time zone — never
 * free date ranges, which could be narrowed until a cell describes one person.
 */
import { DateTime } from "luxon";
import { z } from "zod";

export const ZPeriod = z.string().regex(/^\d{4}(-Q[1-4]|-(0[1-9]|1[0-2]))?$/, "use YYYY, YYYY-Qn or YYYY-MM");

export interface Period {
  key: string;
  kind: "month" | "quarter" | "year";
  start: Date;
  end: Date;
}

export function parsePeriod(key: string, timeZone: string): Period {
  const value = ZPeriod.parse(key);
  const year = Number(value.slice(0, 4));
  let start: DateTime;
  let end: DateTime;
  let kind: Period["kind"];
  if (value.includes("-Q")) {
    const quarter = Number(value.slice(6));
    start = DateTime.fromObject({ year, month: (quarter - 1) * 3 + 1, day: 1 }, { zone: timeZone });
    end = start.plus({ months: 3 });
    kind = "quarter";
  } else if (value.length === 7) {
    start = DateTime.fromObject({ year, month: Number(value.slice(5)), day: 1 }, { zone: timeZone });
    end = start.plus({ months: 1 });
    kind = "month";
  } else {
    start = DateTime.fromObject({ year, month: 1, day: 1 }, { zone: timeZone });
    end = start.plus({ years: 1 });
    kind = "year";
  }
  return { key: value, kind, start: start.toJSDate(), end: end.toJSDate() };
}

export function currentQuarterKey(now: Date, timeZone: string): string {
  const local = DateTime.fromJSDate(now, { zone: timeZone });
  return `${local.year}-Q${local.quarter}`;
}

/** The periods offered in the picker: this and the previous three quarters, recent months, years. */
export function recentPeriodKeys(now: Date, timeZone: string): string[] {
  const local = DateTime.fromJSDate(now, { zone: timeZone });
  const quarters = [0, 1, 2, 3].map((i) => local.minus({ quarters: i })).map((d) => `${d.year}-Q${d.quarter}`);
  const months = [0, 1, 2].map((i) => local.minus({ months: i }).toFormat("yyyy-LL"));
  return [...quarters, ...months, String(local.year), String(local.year - 1)];
}
