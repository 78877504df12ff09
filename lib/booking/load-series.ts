/** A series with every appointment it holds, read on the caller's connection (inside its transaction). */
import type { SqlRunner } from "@/lib/db/sql";
import { Prisma } from "@/lib/generated/prisma/client";
import type { SeriesForCalendar, SeriesOccurrenceRow } from "./series-calendar";

type SeriesRow = Omit<SeriesForCalendar, "occurrences" | "format"> & {
  occurrences: (Omit<SeriesOccurrenceRow, "startsAt" | "endsAt"> & { startsAt: string; endsAt: string })[];
};

export async function loadSeries(run: SqlRunner, seriesId: string): Promise<SeriesForCalendar | null> {
  const [row] = await run.rows<SeriesRow & { format: SeriesForCalendar["format"] }>(Prisma.sql`
    SELECT s.id, s.cadence::text AS cadence, s.count, s.first_starts_at AS "firstStartsAt", s.time_zone AS "timeZone",
           (SELECT a.format::text FROM appointments a WHERE a.series_id = s.id ORDER BY a.created_at DESC LIMIT 1) AS format,
           COALESCE((SELECT json_agg(json_build_object('id', a.id, 'startsAt', a.starts_at, 'endsAt', a.ends_at, 'status', a.status,
                                                        'rescheduledFromId', a.rescheduled_from_id) ORDER BY a.starts_at)
                     FROM appointments a WHERE a.series_id = s.id), '[]') AS occurrences
    FROM appointment_series s WHERE s.id = ${seriesId}::uuid`);
  if (!row) return null;
  return {
    ...row,
    firstStartsAt: new Date(row.firstStartsAt),
    occurrences: row.occurrences.map((o) => ({ ...o, startsAt: new Date(o.startsAt), endsAt: new Date(o.endsAt) })),
  };
}
