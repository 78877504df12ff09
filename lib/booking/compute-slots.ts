/**
 * Free slots from weekly rules, dated exceptions and busy time. Pure: the caller loads the data.
 *
 * Rules and exceptions are wall-clock minutes in the psychologist's time zone, so a 09:00 rule stays
 * 09:00 local on both sides of a daylight-saving change; a wall time that does not exist that day
 * (the spring-forward gap) yields no slot. Slots start at the window's start and repeat every
 * session + buffer minutes; each must end inside its window, start after the minimum notice and keep
 * the buffer from every busy interval.
 */
import { DateTime } from "luxon";

export interface WeeklyRule {
  /** ISO weekday: 1 = Monday … 7 = Sunday. */
  weekday: number;
  startMinute: number;
  endMinute: number;
  /** Calendar dates (the Date's UTC day), inclusive; null means open-ended. */
  validFrom: Date | null;
  validUntil: Date | null;
}

export interface DatedException {
  /** Calendar date (the Date's UTC day). */
  date: Date;
  kind: "unavailable" | "available";
  /** Both null: the whole day. */
  startMinute: number | null;
  endMinute: number | null;
}

export interface BusyInterval {
  start: Date;
  end: Date;
  /** The appointment holding the time, when it is one. */
  id?: string;
}

export interface SlotPolicy {
  timeZone: string;
  sessionMinutes: number;
  bufferMinutes: number;
  minNoticeMinutes: number;
}

export interface AvailabilityInput {
  rules: WeeklyRule[];
  exceptions: DatedException[];
  busy: BusyInterval[];
  policy: SlotPolicy;
}

export interface Slot {
  start: Date;
  end: Date;
}

type Window = [number, number];

export function computeSlots(input: AvailabilityInput, range: { now: Date; until: Date; limit?: number; from?: Date }): Slot[] {
  const { policy } = input;
  // `from` narrows the search (checking one requested time); the notice still counts from `now`.
  const earliest = Math.max(range.now.getTime() + policy.minNoticeMinutes * 60_000, range.from?.getTime() ?? 0);
  const limit = range.limit ?? Number.POSITIVE_INFINITY;
  const bufferMs = policy.bufferMinutes * 60_000;
  const sessionMs = policy.sessionMinutes * 60_000;
  const busy = input.busy.map((b) => [b.start.getTime() - bufferMs, b.end.getTime() + bufferMs] as const);
  const slots: Slot[] = [];

  let day = DateTime.fromMillis(earliest, { zone: policy.timeZone }).startOf("day");
  const lastDay = DateTime.fromJSDate(range.until, { zone: policy.timeZone }).startOf("day");
  while (day <= lastDay && slots.length < limit) {
    for (const [from, to] of windowsOn(day, input)) {
      for (let minute = from; minute + policy.sessionMinutes <= to; minute += policy.sessionMinutes + policy.bufferMinutes) {
        const local = day.set({ hour: Math.floor(minute / 60), minute: minute % 60 });
        if (local.hour * 60 + local.minute !== minute) continue; // falls in a DST gap
        const start = local.toMillis();
        const end = start + sessionMs;
        if (start < earliest || start >= range.until.getTime()) continue;
        if (busy.some(([busyStart, busyEnd]) => start < busyEnd && end > busyStart)) continue;
        slots.push({ start: new Date(start), end: new Date(end) });
        if (slots.length >= limit) break;
      }
      if (slots.length >= limit) break;
    }
    day = day.plus({ days: 1 }).startOf("day");
  }
  return slots;
}

/** The day's open windows: weekly rules plus extra hours, minus time off (time off wins). */
export function windowsOn(day: DateTime, input: Pick<AvailabilityInput, "rules" | "exceptions">): Window[] {
  const iso = day.toISODate()!;
  const open: Window[] = input.rules
    .filter((r) => r.weekday === day.weekday && (!r.validFrom || isoDate(r.validFrom) <= iso) && (!r.validUntil || isoDate(r.validUntil) >= iso))
    .map((r) => [r.startMinute, r.endMinute]);
  const closed: Window[] = [];
  for (const e of input.exceptions) {
    if (isoDate(e.date) !== iso) continue;
    const window: Window = [e.startMinute ?? 0, e.endMinute ?? 1440];
    (e.kind === "available" ? open : closed).push(window);
  }
  return subtract(merge(open), closed);
}

function merge(windows: Window[]): Window[] {
  const sorted = [...windows].sort((a, b) => a[0] - b[0]);
  const merged: Window[] = [];
  for (const w of sorted) {
    const last = merged.at(-1);
    if (last && w[0] <= last[1]) last[1] = Math.max(last[1], w[1]);
    else merged.push([w[0], w[1]]);
  }
  return merged;
}

function subtract(windows: Window[], holes: Window[]): Window[] {
  let result = windows;
  for (const [holeStart, holeEnd] of holes) {
    result = result.flatMap(([start, end]): Window[] => {
      if (holeEnd <= start || holeStart >= end) return [[start, end]];
      const parts: Window[] = [];
      if (holeStart > start) parts.push([start, holeStart]);
      if (holeEnd < end) parts.push([holeEnd, end]);
      return parts;
    });
  }
  return result;
}

function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}
