/**
 * The calendar file of a recurring series: one event with the series' rule (RRULE, in the
 * psychologist's zone with its VTIMEZONE, so 10:00 stays 10:00 across a daylight-saving change),
 * EXDATE for every planned time that no longer holds (cancelled or moved), and a separate event for
 * each moved occurrence at its new time. Every e-mail about an occurrence carries the whole file
 * again with a higher SEQUENCE, so calendar apps replace what they hold instead of adding to it.
 * Like every calendar entry Harbor makes, it names no one and no topic.
 */
import ical, { ICalCalendarMethod, ICalEventRepeatingFreq, ICalEventStatus } from "ical-generator";
import { DateTime } from "luxon";
import { tzlib_get_ical_block } from "timezones-ical-library";
import type { AppointmentStatus, SeriesCadence, SessionFormat } from "@/lib/generated/prisma/enums";
import type { LocalisedText } from "@/lib/i18n/translator";

export const SERIES_INTERVAL_WEEKS: Record<SeriesCadence, number> = { weekly: 1, fortnightly: 2 };

export interface SeriesOccurrenceRow {
  id: string;
  startsAt: Date;
  endsAt: Date;
  status: AppointmentStatus;
  rescheduledFromId: string | null;
}

export interface SeriesForCalendar {
  id: string;
  cadence: SeriesCadence;
  count: number;
  firstStartsAt: Date;
  timeZone: string;
  format: SessionFormat;
  /** Every appointment of the series, moved ones included. */
  occurrences: SeriesOccurrenceRow[];
}

/** The planned starts: the first one's local time in the series' zone, every week or two. */
export function plannedStarts(series: { firstStartsAt: Date; timeZone: string; cadence: SeriesCadence; count: number }): Date[] {
  const first = DateTime.fromJSDate(series.firstStartsAt, { zone: series.timeZone });
  return Array.from({ length: series.count }, (_, k) => first.plus({ weeks: k * SERIES_INTERVAL_WEEKS[series.cadence] }).toJSDate());
}

interface PlannedOccurrence {
  /** The appointment first booked for this time: it names the occurrence's own calendar event. */
  original: SeriesOccurrenceRow;
  /** Where the occurrence is now: the original itself, or the last appointment it was moved to. */
  latest: SeriesOccurrenceRow;
}

/** Follows each original occurrence along its moves to where it is now. */
export function occurrencesOf(rows: SeriesOccurrenceRow[]): PlannedOccurrence[] {
  const movedTo = new Map(rows.filter((r) => r.rescheduledFromId).map((r) => [r.rescheduledFromId!, r]));
  return rows
    .filter((r) => r.rescheduledFromId === null)
    .map((original) => {
      let latest = original;
      for (let next = movedTo.get(latest.id); next; next = movedTo.get(latest.id)) latest = next;
      return { original, latest };
    });
}

const isHeld = (status: AppointmentStatus) => status !== "cancelled";

export function seriesCalendarFile(series: SeriesForCalendar, link: string, { t }: LocalisedText, sequence: number): string {
  const zone = series.timeZone;
  const local = (date: Date) => DateTime.fromJSDate(date, { zone });
  const calendar = ical({
    prodId: { company: "Harbor", product: "appointments" },
    method: ICalCalendarMethod.PUBLISH,
    timezone: { name: zone, generator: (tz) => [tzlib_get_ical_block(tz)].flat()[0] ?? null },
  });
  const summary = t("email.appointment.calendarSummary");
  const description = t("email.appointment.calendarDescription", { format: series.format, link });
  const common = { sequence, summary, description, url: link, timezone: zone, stamp: DateTime.utc() };
  const occurrences = occurrencesOf(series.occurrences);
  const minutes = Math.round((occurrences[0]!.original.endsAt.getTime() - occurrences[0]!.original.startsAt.getTime()) / 60_000);
  const first = local(series.firstStartsAt);
  // A planned time is excluded unless its original appointment still stands there.
  const standing = new Set(occurrences.filter((o) => o.latest === o.original && isHeld(o.original.status)).map((o) => o.original.startsAt.getTime()));
  const excluded = plannedStarts(series).filter((start) => !standing.has(start.getTime()));
  calendar.createEvent({
    ...common,
    id: `series-${series.id}@harbor`,
    status: ICalEventStatus.CONFIRMED,
    start: first,
    end: first.plus({ minutes }),
    repeating: {
      freq: ICalEventRepeatingFreq.WEEKLY,
      interval: SERIES_INTERVAL_WEEKS[series.cadence],
      count: series.count,
      // An empty EXDATE line would be invalid: the key is left out when nothing is excluded.
      ...(excluded.length > 0 ? { exclude: excluded.map(local) } : {}),
    },
  });
  for (const { original, latest } of occurrences) {
    if (latest === original) continue;
    calendar.createEvent({
      ...common,
      id: `${original.id}@harbor`,
      status: isHeld(latest.status) ? ICalEventStatus.CONFIRMED : ICalEventStatus.CANCELLED,
      start: local(latest.startsAt),
      end: local(latest.endsAt),
    });
  }
  return calendar.toString();
}
