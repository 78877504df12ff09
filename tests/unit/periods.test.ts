import { describe, expect, it } from "vitest";
import { currentQuarterKey, parsePeriod, recentPeriodKeys } from "@/lib/reports/periods";

describe("report periods", () => {
  it("are calendar quarters, months and years in the tenant's zone", () => {
    const q = parsePeriod("2026-Q4", "Europe/Helsinki");
    expect(q.start.toISOString()).toBe("2026-09-30T21:00:00.000Z");
    expect(q.end.toISOString()).toBe("2026-12-31T22:00:00.000Z");
    expect(parsePeriod("2026-03", "UTC")).toMatchObject({ kind: "month", start: new Date("2026-03-01T00:00:00Z"), end: new Date("2026-04-01T00:00:00Z") });
    expect(parsePeriod("2025", "UTC").end.toISOString()).toBe("2026-01-01T00:00:00.000Z");
  });

  it("refuse free-form ranges", () => {
    expect(() => parsePeriod("2026-01-01..2026-01-02", "UTC")).toThrow();
    expect(() => parsePeriod("2026-Q5", "UTC")).toThrow();
  });

  it("know which quarter an instant falls in, locally", () => {
    expect(currentQuarterKey(new Date("2026-12-31T23:30:00Z"), "Europe/Helsinki")).toBe("2027-Q1");
    expect(recentPeriodKeys(new Date("2026-11-23T00:00:00Z"), "UTC").slice(0, 2)).toEqual(["2026-Q4", "2026-Q3"]);
  });
});
