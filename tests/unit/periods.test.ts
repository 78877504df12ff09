import { describe, expect, it } from "vitest";
import { DateTime } from "luxon";
import { contractYearStartOf, currentQuarterKey, dueMonthKeys, monthsOfPeriod, offeredPeriodKeys, parsePeriod, releaseDay } from "@/lib/reports/periods";

const JANUARY = { yearStartMonth: 1, yearStartDay: 1 };

describe("report periods", () => {
  it("are calendar quarters and months and contract years in the tenant's zone", () => {
    const q = parsePeriod("2026-Q4", "Europe/Helsinki", JANUARY);
    expect(q.start.toISOString()).toBe("2026-09-30T21:00:00.000Z");
    expect(q.end.toISOString()).toBe("2026-12-31T22:00:00.000Z");
    expect(q.trendMonths).toEqual(["2026-10", "2026-11", "2026-12"]);
    expect(parsePeriod("2026-03", "UTC", JANUARY)).toMatchObject({
      kind: "month",
      start: new Date("2026-03-01T00:00:00Z"),
      end: new Date("2026-04-01T00:00:00Z"),
    });
    expect(parsePeriod("2026-03", "UTC", JANUARY).trendMonths).toEqual(["2025-10", "2025-11", "2025-12", "2026-01", "2026-02", "2026-03"]);
    const april = parsePeriod("2026", "UTC", { yearStartMonth: 4, yearStartDay: 1 });
    expect([april.start.toISOString(), april.end.toISOString()]).toEqual(["2026-04-01T00:00:00.000Z", "2027-04-01T00:00:00.000Z"]);
  });

  it("refuse free-form ranges", () => {
    expect(() => parsePeriod("2026-01-01..2026-01-02", "UTC", JANUARY)).toThrow();
    expect(() => parsePeriod("2026-Q5", "UTC", JANUARY)).toThrow();
  });

  it("are offered from the programme's start to now, whatever the data", () => {
    const keys = offeredPeriodKeys(new Date("2026-11-23T00:00:00Z"), new Date("2026-08-15T00:00:00Z"), "UTC", JANUARY);
    expect(keys).toEqual(["2026", "2026-Q4", "2026-Q3", "2026-11", "2026-10", "2026-09", "2026-08"]);
    expect(currentQuarterKey(new Date("2026-12-31T23:30:00Z"), "Europe/Helsinki")).toBe("2027-Q1");
  });

  it("release a month once its grace days have passed, at a local midnight", () => {
    expect(releaseDay("2026-11", "Europe/Helsinki").toISO()).toBe("2026-12-04T00:00:00.000+02:00");
    const since = new Date("2026-08-15T00:00:00Z");
    // 3 December 23:59 in Helsinki: November is not released yet; a minute later it is.
    expect(dueMonthKeys(new Date("2026-12-03T21:59:00Z"), since, "Europe/Helsinki")).toEqual(["2026-08", "2026-09", "2026-10"]);
    expect(dueMonthKeys(new Date("2026-12-03T22:00:00Z"), since, "Europe/Helsinki")).toEqual(["2026-08", "2026-09", "2026-10", "2026-11"]);
    expect(dueMonthKeys(new Date("2026-08-20T00:00:00Z"), since, "UTC")).toEqual([]);
  });

  it("put each month in the contract year its first day falls in, and a year holds the months that begin in it", () => {
    const april = { yearStartMonth: 4, yearStartDay: 1 };
    const start = (key: string) => contractYearStartOf(DateTime.fromFormat(key, "yyyy-LL", { zone: "UTC" }), april).toFormat("yyyy-LL-dd");
    expect(start("2026-03")).toBe("2025-04-01");
    expect(start("2026-04")).toBe("2026-04-01");
    expect(start("2026-12")).toBe("2026-04-01");
    const year = parsePeriod("2026", "UTC", april);
    expect(monthsOfPeriod(year, new Date("2020-01-01T00:00:00Z"), "UTC")).toHaveLength(12);
    // Months before the programme began are not part of any period.
    expect(monthsOfPeriod(parsePeriod("2026-Q3", "UTC", JANUARY), new Date("2026-08-15T00:00:00Z"), "UTC")).toEqual(["2026-08", "2026-09"]);
  });
});
