/**
 * Loads what computeSlots needs for many psychologists at once, in one query whatever the count:
 * booking checks a slot with it on every request, and the catalogue's refresh reads hundreds.
 */
import { Prisma } from "@/lib/generated/prisma/client";
import { sqlRows } from "@/lib/db/sql";
import type { AvailabilityInput, DatedException, WeeklyRule } from "./compute-slots";

interface AvailabilityRow {
  id: string;
  time_zone: string;
  session_minutes: number;
  buffer_minutes: number;
  min_notice_minutes: number;
  // Dates arrive as 'YYYY-MM-DD' and times as ISO strings through JSON: parsed below as UTC, never
  // in the server's zone (node-postgres would read a DATE as local midnight).
  rules: (Omit<WeeklyRule, "validFrom" | "validUntil"> & { validFrom: string | null; validUntil: string | null })[];
  exceptions: (Omit<DatedException, "date"> & { date: string })[];
  busy: { id: string; start: string; end: string }[];
}

const isoDay = (date: Date) => date.toISOString().slice(0, 10);

export async function loadAvailability(profileIds: string[], range: { from: Date; until: Date }): Promise<Map<string, AvailabilityInput>> {
  if (profileIds.length === 0) return new Map();
  const fromDay = new Date(range.from.getTime() - 86_400_000);
  const untilDay = new Date(range.until.getTime() + 86_400_000);
  const rows = await sqlRows<AvailabilityRow>(Prisma.sql`
    SELECT p.id, p.time_zone, p.session_minutes, p.buffer_minutes, p.min_notice_minutes,
      COALESCE((SELECT json_agg(json_build_object('weekday', r.weekday, 'startMinute', r.start_minute, 'endMinute', r.end_minute, 'validFrom', r.valid_from, 'validUntil', r.valid_until))
                FROM availability_rules r WHERE r.profile_id = p.id), '[]') AS rules,
      COALESCE((SELECT json_agg(json_build_object('date', e.date, 'kind', e.kind, 'startMinute', e.start_minute, 'endMinute', e.end_minute))
                FROM availability_exceptions e WHERE e.profile_id = p.id AND e.date >= ${isoDay(fromDay)}::date AND e.date <= ${isoDay(untilDay)}::date), '[]') AS exceptions,
      -- Every appointment that still holds time, exactly as the exclusion constraint sees it.
      COALESCE((SELECT json_agg(json_build_object('id', a.id, 'start', a.starts_at, 'end', a.ends_at))
                FROM appointments a WHERE a.psychologist_id = p.id AND a.status <> 'cancelled' AND a.ends_at > ${fromDay} AND a.starts_at < ${untilDay}), '[]') AS busy
    FROM psychologist_profiles p
    WHERE p.id = ANY(${profileIds}::uuid[])`);
  const utcDate = (day: string) => new Date(`${day}T00:00:00Z`);
  return new Map(
    rows.map((p) => [
      p.id,
      {
        policy: { timeZone: p.time_zone, sessionMinutes: p.session_minutes, bufferMinutes: p.buffer_minutes, minNoticeMinutes: p.min_notice_minutes },
        rules: p.rules.map((r) => ({ ...r, validFrom: r.validFrom ? utcDate(r.validFrom) : null, validUntil: r.validUntil ? utcDate(r.validUntil) : null })),
        exceptions: p.exceptions.map((e) => ({ ...e, date: utcDate(e.date) })),
        busy: p.busy.map((b) => ({ id: b.id, start: new Date(b.start), end: new Date(b.end) })),
      },
    ]),
  );
}
