import { describe, expect, it } from "vitest";
import { contractYearAt } from "@/lib/booking/contract-year";

describe("contractYearAt", () => {
  it("starts on the contract's day in the tenant's zone", () => {
    const year = contractYearAt(new Date("2026-03-10T12:00:00Z"), { yearStartMonth: 4, yearStartDay: 1 }, "Europe/Helsinki");
    expect(year.start.toISOString()).toBe("2025-03-31T21:00:00.000Z");
    expect(year.end.toISOString()).toBe("2026-03-31T21:00:00.000Z");
  });

  it("rolls over at local midnight, not UTC midnight", () => {
    const justAfter = contractYearAt(new Date("2025-12-31T22:30:00Z"), { yearStartMonth: 1, yearStartDay: 1 }, "Europe/Helsinki");
    expect(justAfter.start.toISOString()).toBe("2025-12-31T22:00:00.000Z");
  });
});
