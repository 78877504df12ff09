import { describe, expect, it } from "vitest";
import { computeSlots, type AvailabilityInput, type DatedException, type WeeklyRule } from "@/lib/booking/compute-slots";

const rule = (weekday: number, from: string, to: string, valid: Partial<Pick<WeeklyRule, "validFrom" | "validUntil">> = {}): WeeklyRule => ({
  weekday,
  startMinute: minutes(from),
  endMinute: minutes(to),
  validFrom: valid.validFrom ?? null,
  validUntil: valid.validUntil ?? null,
});
const minutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3));
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const exception = (date: string, kind: DatedException["kind"], from?: string, to?: string): DatedException => ({
  date: day(date),
  kind,
  startMinute: from ? minutes(from) : null,
  endMinute: to ? minutes(to) : null,
});

function slots(input: Partial<AvailabilityInput> & { timeZone?: string; notice?: number; buffer?: number }, now: string, until: string, limit?: number) {
  return computeSlots(
    {
      rules: input.rules ?? [],
      exceptions: input.exceptions ?? [],
      busy: input.busy ?? [],
      policy: { timeZone: input.timeZone ?? "UTC", sessionMinutes: 50, bufferMinutes: input.buffer ?? 10, minNoticeMinutes: input.notice ?? 0 },
    },
    { now: new Date(now), until: new Date(until), limit },
  ).map((s) => s.start.toISOString().slice(0, 16));
}

describe("computeSlots", () => {
  it("runs in the time zone this project is configured for", () => {
    // The same file runs under TZ=UTC (unit) and TZ=America/New_York (zones); results must not differ.
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).toBe(process.env.EXPECT_TZ ?? "UTC");
  });

  it("repeats every session plus buffer and ends every slot inside its window", () => {
    expect(slots({ rules: [rule(1, "09:00", "12:30")] }, "2027-03-01T00:00Z", "2027-03-02T00:00Z")).toEqual([
      "2027-03-01T09:00",
      "2027-03-01T10:00",
      "2027-03-01T11:00",
    ]);
  });

  it("keeps a 09:00 Helsinki rule at 09:00 local across the spring DST change", () => {
    const result = slots(
      { timeZone: "Europe/Helsinki", rules: [rule(5, "09:00", "10:00"), rule(1, "09:00", "10:00")] },
      "2027-03-26T00:00Z",
      "2027-03-30T00:00Z",
    );
    expect(result).toEqual(["2027-03-26T07:00", "2027-03-29T06:00"]);
  });

  it("skips the wall time that does not exist on the spring-forward night", () => {
    // 28 March 2027 in Helsinki: 03:00 local never happens (clocks jump to 04:00).
    const result = slots({ timeZone: "Europe/Helsinki", rules: [rule(7, "02:00", "05:00")] }, "2027-03-27T00:00Z", "2027-03-29T00:00Z");
    expect(result).toEqual(["2027-03-28T00:00", "2027-03-28T01:00"]);
  });

  it("gives the repeated hour of the autumn change one slot, without overlaps", () => {
    // 31 October 2027 in Helsinki: 03:00–04:00 local happens twice.
    const result = slots({ timeZone: "Europe/Helsinki", rules: [rule(7, "02:00", "05:00")] }, "2027-10-30T00:00Z", "2027-11-01T00:00Z");
    expect(result).toHaveLength(3);
    const starts = result.map((s) => new Date(`${s}Z`).getTime());
    for (let i = 1; i < starts.length; i++) expect(starts[i]! - starts[i - 1]!).toBeGreaterThanOrEqual(60 * 60_000);
  });

  it("follows the psychologist's zone, not Europe's calendar, for a New York rule", () => {
    // The US changes on 14 March 2027, Europe on 28 March.
    const result = slots({ timeZone: "America/New_York", rules: [rule(5, "09:00", "10:00")] }, "2027-03-12T00:00Z", "2027-03-20T00:00Z");
    expect(result).toEqual(["2027-03-12T14:00", "2027-03-19T13:00"]);
  });

  it("applies days off, partial time off and extra hours; time off wins", () => {
    const rules = [rule(1, "09:00", "12:00"), rule(2, "09:00", "12:00")];
    const exceptions = [
      exception("2027-03-01", "unavailable"),
      exception("2027-03-02", "unavailable", "10:00", "11:00"),
      exception("2027-03-06", "available", "10:00", "11:00"),
      exception("2027-03-07", "available", "10:00", "12:00"),
      exception("2027-03-07", "unavailable", "10:00", "11:00"),
    ];
    expect(slots({ rules, exceptions }, "2027-03-01T00:00Z", "2027-03-08T00:00Z")).toEqual([
      "2027-03-02T09:00",
      "2027-03-02T11:00",
      "2027-03-06T10:00",
      "2027-03-07T11:00",
    ]);
  });

  it("respects the minimum notice", () => {
    expect(slots({ rules: [rule(1, "09:00", "13:00")], notice: 120 }, "2027-03-01T08:30Z", "2027-03-02T00:00Z")).toEqual([
      "2027-03-01T11:00",
      "2027-03-01T12:00",
    ]);
  });

  it("keeps the buffer around booked time, even when the booking is off the grid", () => {
    const busy = [{ start: new Date("2027-03-01T09:30Z"), end: new Date("2027-03-01T10:20Z") }];
    expect(slots({ rules: [rule(1, "09:00", "12:00")], busy }, "2027-03-01T00:00Z", "2027-03-02T00:00Z")).toEqual(["2027-03-01T11:00"]);
    // Without a buffer the grid is every 50 minutes: 09:00 and 09:50 overlap the booking, 10:40 is free.
    expect(slots({ rules: [rule(1, "09:00", "12:00")], busy, buffer: 0 }, "2027-03-01T00:00Z", "2027-03-02T00:00Z")).toEqual(["2027-03-01T10:40"]);
  });

  it("honours a rule's validity dates", () => {
    const rules = [rule(1, "09:00", "10:00", { validUntil: day("2027-03-01") }), rule(1, "15:00", "16:00", { validFrom: day("2027-03-08") })];
    expect(slots({ rules }, "2027-03-01T00:00Z", "2027-03-09T00:00Z")).toEqual(["2027-03-01T09:00", "2027-03-08T15:00"]);
  });

  it("stops at the limit and at the end of the range", () => {
    const rules = [1, 2, 3, 4, 5, 6, 7].map((d) => rule(d, "09:00", "17:00"));
    expect(slots({ rules }, "2027-03-01T00:00Z", "2027-06-01T00:00Z", 1)).toEqual(["2027-03-01T09:00"]);
    expect(slots({ rules }, "2027-03-01T00:00Z", "2027-03-01T10:30Z")).toEqual(["2027-03-01T09:00", "2027-03-01T10:00"]);
  });
});
