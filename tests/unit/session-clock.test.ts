import { describe, expect, it } from "vitest";
import { sessionClockAt, stopwatch } from "@/lib/sessions/session-clock";

const startsAt = Date.parse("2027-03-01T12:00:00Z");
const times = { startsAt, endsAt: startsAt + 50 * 60_000, closesAt: startsAt + 65 * 60_000 };
const at = (minutes: number, seconds = 0) => startsAt + minutes * 60_000 + seconds * 1000;

describe("the session clock", () => {
  it("counts down to the start, then time together and time left", () => {
    expect(sessionClockAt(at(-10), times)).toEqual({ phase: "before", startsInMinutes: 10 });
    expect(sessionClockAt(at(-0, -1), times)).toEqual({ phase: "before", startsInMinutes: 1 });
    expect(sessionClockAt(at(0), times)).toEqual({ phase: "running", elapsedSeconds: 0, leftMinutes: 50, endingSoon: false });
    expect(sessionClockAt(at(12, 5), times)).toEqual({ phase: "running", elapsedSeconds: 725, leftMinutes: 38, endingSoon: false });
  });

  it("gives the five-minute notice from five minutes before the end, not earlier", () => {
    expect(sessionClockAt(at(44, 59), times)).toMatchObject({ leftMinutes: 6, endingSoon: false });
    expect(sessionClockAt(at(45), times)).toMatchObject({ leftMinutes: 5, endingSoon: true });
    expect(sessionClockAt(at(49, 59), times)).toMatchObject({ leftMinutes: 1, endingSoon: true });
  });

  it("keeps the room open through the grace time, then closes it", () => {
    expect(sessionClockAt(at(50), times)).toEqual({ phase: "grace", closesInMinutes: 15 });
    expect(sessionClockAt(at(64, 30), times)).toEqual({ phase: "grace", closesInMinutes: 1 });
    expect(sessionClockAt(at(65), times)).toEqual({ phase: "closed" });
  });

  it("writes elapsed time as a stopwatch does", () => {
    expect(stopwatch(0)).toBe("0:00");
    expect(stopwatch(425)).toBe("7:05");
    expect(stopwatch(3723)).toBe("1:02:03");
  });
});
