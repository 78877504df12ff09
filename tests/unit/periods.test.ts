import { describe, expect, it } from "vitest";
import { currentQuarterKey, offeredPeriodKeys, openingPeriodKey, parsePeriod } from "@/lib/reports/periods";

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

  it("open on the current quarter, or the one before while the current is under two weeks old", () => {
    const offered = ["2027", "2027-Q1", "2026-Q4"];
    // 1 January in Helsinki, still 31 December in UTC: the new quarter is hours old.
    expect(openingPeriodKey(new Date("2026-12-31T23:30:00Z"), "Europe/Helsinki", offered)).toBe("2026-Q4");
    expect(openingPeriodKey(new Date("2027-01-14T21:00:00Z"), "Europe/Helsinki", offered)).toBe("2026-Q4");
    expect(openingPeriodKey(new Date("2027-01-14T22:30:00Z"), "Europe/Helsinki", offered)).toBe("2027-Q1");
    // A programme that began this quarter has no quarter before it to show.
    expect(openingPeriodKey(new Date("2027-01-03T12:00:00Z"), "UTC", ["2027", "2027-Q1", "2027-01"])).toBe("2027-Q1");
  });
});
