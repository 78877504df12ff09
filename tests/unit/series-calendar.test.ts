import { describe, expect, it } from "vitest";
import { plannedStarts, seriesCalendarFile, type SeriesForCalendar } from "@/lib/booking/series-calendar";
import { calendarOccurrences } from "../support/calendar-occurrences";

const text = { locale: "en", t: (key: string) => key } as Parameters<typeof seriesCalendarFile>[2];
const hour = 3_600_000;

function series(cadence: "weekly" | "fortnightly", count: number, first: string, timeZone = "Europe/Helsinki"): SeriesForCalendar {
  const base = {
    id: "8e1c3f3e-7c4f-4d43-9d7e-2f0a9f6b1a11",
    cadence,
    count,
    firstStartsAt: new Date(first),
    timeZone,
    format: "video" as const,
    occurrences: [],
  };
  const occurrences = plannedStarts(base).map((startsAt, k) => ({
    id: `00000000-0000-4000-8000-00000000000${k}`,
    startsAt,
    endsAt: new Date(startsAt.getTime() + 50 * 60_000),
    status: "booked" as const,
    rescheduledFromId: null,
  }));
  return { ...base, occurrences };
}

describe("a recurring series' calendar file, read back by ical.js", () => {
  it("keeps the local time across a daylight-saving change (10:00 in Helsinki before and after 28 March 2027)", () => {
    const s = series("weekly", 4, "2027-03-16T08:00:00Z");
    const starts = calendarOccurrences(seriesCalendarFile(s, "https://harbor.test/home", text, 1)).map((o) => o.start.toISOString());
    expect(starts).toEqual(["2027-03-16T08:00:00.000Z", "2027-03-23T08:00:00.000Z", "2027-03-30T07:00:00.000Z", "2027-04-06T07:00:00.000Z"]);
    expect(starts).toEqual(plannedStarts(s).map((d) => d.toISOString()));
  });

  it("leaves out cancelled and moved occurrences and shows each moved one at its new time", () => {
    const s = series("fortnightly", 6, "2027-01-05T10:00:00Z", "UTC");
    const [, second, third] = s.occurrences;
    second!.status = "cancelled";
    third!.status = "cancelled";
    const movedTo = {
      id: "00000000-0000-4000-8000-0000000000aa",
      startsAt: new Date(third!.startsAt.getTime() + 24 * hour),
      status: "booked" as const,
      rescheduledFromId: third!.id,
    };
    s.occurrences.push({ ...movedTo, endsAt: new Date(movedTo.startsAt.getTime() + 50 * 60_000) });
    const ics = seriesCalendarFile(s, "https://harbor.test/home", text, 1);
    expect(ics).toContain("RRULE:FREQ=WEEKLY;COUNT=6;INTERVAL=2");
    const seen = calendarOccurrences(ics).map((o) => `${o.start.toISOString().slice(0, 13)} ${o.uid.startsWith("series-") ? "series" : "moved"}`);
    expect(seen).toEqual(["2027-01-05T10 series", "2027-02-03T10 moved", "2027-02-16T10 series", "2027-03-02T10 series", "2027-03-16T10 series"]);
  });

  it("writes a moved occurrence that was cancelled afterwards as a cancelled event, so calendars drop it", () => {
    const s = series("weekly", 2, "2027-01-05T10:00:00Z", "UTC");
    s.occurrences[1]!.status = "cancelled";
    s.occurrences.push({
      id: "00000000-0000-4000-8000-0000000000bb",
      startsAt: new Date("2027-01-13T10:00:00Z"),
      endsAt: new Date("2027-01-13T10:50:00Z"),
      status: "cancelled",
      rescheduledFromId: s.occurrences[1]!.id,
    });
    const occurrences = calendarOccurrences(seriesCalendarFile(s, "https://harbor.test/home", text, 1));
    expect(occurrences.map((o) => [o.start.toISOString(), o.status])).toEqual([
      ["2027-01-05T10:00:00.000Z", "CONFIRMED"],
      ["2027-01-13T10:00:00.000Z", "CANCELLED"],
    ]);
  });
});
