/**
 * A psychologist books a recurring series with a client: every week or every two weeks, N sessions
 * at the same local time. Every occurrence must be one of the psychologist's free slots, inside the
 * client's quota and the contract year of the first one; then all of them are written in one
 * transaction (all or none) as ordinary appointments that can be moved or cancelled alone, and both
 * people get one confirmation carrying one calendar series (lib/booking/series-calendar.ts).
 */
import { randomUUID } from "node:crypto";
import { z } from "zod";
import type { Actor } from "@/lib/auth/guard";
import { findOwnConversation } from "@/lib/chat/conversation-access";
import { inSqlTransaction, sqlRows } from "@/lib/db/sql";
import { AppError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Direction, SessionFormat } from "@/lib/generated/prisma/enums";
import { calendarDay } from "@/lib/i18n/format";
import { notifySeries } from "@/lib/notifications/notify-series";
import { computeSlots } from "./compute-slots";
import { contractYearAt } from "./contract-year";
import { insertBooking, type BookedAppointment } from "./insert-booking";
import { listFreeSlots } from "./list-free-slots";
import { loadAvailability } from "./load-availability";
import { overlapOf, retryOnWriteConflict } from "./overlap-error";
import { plannedStarts } from "./series-calendar";

export const SERIES_MAX_SESSIONS = 12;

export const ZBookSeriesInput = z.object({
  firstStartsAt: z.coerce.date({ error: "errors.series.chooseFirst" }),
  cadence: z.enum(["weekly", "fortnightly"], { error: "errors.series.chooseCadence" }),
  count: z.coerce
    .number({ error: "errors.series.chooseCount" })
    .int("errors.series.chooseCount")
    .min(2, "errors.series.chooseCount")
    .max(SERIES_MAX_SESSIONS, "errors.series.chooseCount"),
  format: z.enum(["chat", "audio", "video"], { error: "errors.booking.chooseFormat" }),
});

interface SeriesContextRow {
  employee_id: string;
  tenant_id: string;
  client_can_book: boolean;
  tenant_time_zone: string;
  sessions_per_year: number | null;
  year_start_month: number;
  year_start_day: number;
  contract_formats: SessionFormat[];
  profile_formats: SessionFormat[];
  profile_time_zone: string;
  direction: Direction | null;
}

/** The client, their employer's contract and the psychologist's offer, in one query. */
async function loadSeriesContext(actor: Actor, conversationId: string) {
  if (actor.role !== "psychologist") throw new AppError("forbidden", "errors.access.appointmentPsychologist");
  const conversation = await findOwnConversation(actor, conversationId);
  const [row] = await sqlRows<SeriesContextRow>(Prisma.sql`
    SELECT e.id AS employee_id, e.tenant_id,
           (e.status = 'active' AND t.status = 'active' AND COALESCE(r.status = 'active', false)) AS client_can_book,
           t.time_zone AS tenant_time_zone, c.sessions_per_year, c.year_start_month, c.year_start_day,
           c.formats::text[] AS contract_formats, p.formats::text[] AS profile_formats, p.time_zone AS profile_time_zone,
           (SELECT a.direction::text FROM appointments a WHERE a.employee_id = e.id AND a.psychologist_id = p.id ORDER BY a.starts_at DESC LIMIT 1) AS direction
    FROM users e
    JOIN tenants t ON t.id = e.tenant_id
    LEFT JOIN registry_entries r ON r.id = e.registry_entry_id
    LEFT JOIN contracts c ON c.tenant_id = t.id
    JOIN psychologist_profiles p ON p.id = ${conversation.psychologistId}::uuid
    WHERE e.id = ${conversation.employeeId}::uuid`);
  if (!row || !row.client_can_book) throw new AppError("conflict", "errors.series.clientInactive");
  if (row.sessions_per_year === null) throw new AppError("unavailable", "errors.booking.programmeNotReady");
  return { ...row, sessionsPerYear: row.sessions_per_year, psychologistId: conversation.psychologistId };
}

/** The series' times, each checked against the psychologist's free slots; names every one that is not. */
async function requireFreeSeries(psychologistId: string, starts: Date[], now: Date, dateOf: (d: Date) => string) {
  const until = new Date(starts.at(-1)!.getTime() + 86_400_000);
  const input = (await loadAvailability([psychologistId], { from: starts[0]!, until })).get(psychologistId);
  if (!input) throw new AppError("not_found", "errors.booking.specialistUnavailable");
  const free = new Map(computeSlots(input, { now, from: starts[0]!, until }).map((s) => [s.start.getTime(), s]));
  const taken = starts.filter((s) => !free.has(s.getTime()));
  if (taken.length > 0) throw new AppError("conflict", "errors.series.timesTaken", { params: { dates: taken.map(dateOf).join(", "), count: taken.length } });
  return starts.map((s) => free.get(s.getTime())!);
}

export async function bookSeries(actor: Actor, conversationId: string, input: unknown, now = new Date()): Promise<BookedAppointment[]> {
  // Whose client it is comes first: someone else's client is not found, whatever the form says.
  const context = await loadSeriesContext(actor, conversationId);
  const data = ZBookSeriesInput.parse(input);
  if (!context.direction) throw new AppError("conflict", "errors.series.clientInactive");
  if (!context.contract_formats.includes(data.format) || !context.profile_formats.includes(data.format)) {
    throw new AppError("unprocessable", "errors.booking.formatUnavailable", {
      params: { format: data.format },
      fields: [{ path: "format", message: "errors.booking.notAvailable" }],
    });
  }
  const series = { firstStartsAt: data.firstStartsAt, timeZone: context.profile_time_zone, cadence: data.cadence, count: data.count };
  const starts = plannedStarts(series);
  const rule = { yearStartMonth: context.year_start_month, yearStartDay: context.year_start_day };
  const year = contractYearAt(starts[0]!, rule, context.tenant_time_zone);
  const day = (date: Date) => calendarDay(date, context.profile_time_zone);
  if (starts.at(-1)!.getTime() >= year.end.getTime()) {
    throw new AppError("unprocessable", "errors.series.beyondYear", { params: { renewsOn: calendarDay(year.end, context.tenant_time_zone) } });
  }
  const [{ used }] = (await sqlRows<{ used: number }>(Prisma.sql`
    SELECT count(*)::int AS used FROM appointments
    WHERE employee_id = ${context.employee_id}::uuid AND counts_against_quota AND starts_at >= ${year.start} AND starts_at < ${year.end}`)) as [
    { used: number },
  ];
  const left = Math.max(0, context.sessionsPerYear - used);
  if (left < data.count) throw new AppError("unprocessable", "errors.series.quota", { params: { left, count: data.count } });
  const slots = await requireFreeSeries(context.psychologistId, starts, now, day);

  const seriesId = randomUUID();
  const quota = { sessionsPerYear: context.sessionsPerYear, ...rule, timeZone: context.tenant_time_zone };
  try {
    return await retryOnWriteConflict(() =>
      inSqlTransaction(async (run) => {
        await run.execute(Prisma.sql`
          INSERT INTO appointment_series (id, tenant_id, employee_id, psychologist_id, cadence, count, first_starts_at, time_zone)
          VALUES (${seriesId}::uuid, ${context.tenant_id}::uuid, ${context.employee_id}::uuid, ${context.psychologistId}::uuid,
                  ${data.cadence}::"SeriesCadence", ${data.count}, ${slots[0]!.start}, ${context.profile_time_zone})`);
        const booked: BookedAppointment[] = [];
        for (const slot of slots) {
          const write = {
            tenantId: context.tenant_id,
            employeeId: context.employee_id,
            psychologistId: context.psychologistId,
            direction: context.direction!,
            format: data.format,
            startsAt: slot.start,
            endsAt: slot.end,
            seriesId,
          };
          booked.push(await insertBooking(run, write, quota, now, { announce: false }));
        }
        await notifySeries(run, seriesId, booked[0]!);
        return booked;
      }),
    );
  } catch (error) {
    // Someone booked one of the times (or the client booked elsewhere) between the check and the write.
    if (overlapOf(error)) throw new AppError("conflict", "errors.series.justTaken");
    throw error;
  }
}

export interface SeriesOptions {
  /** The psychologist's next free times, for the first session. */
  firstTimes: Date[];
  formats: SessionFormat[];
  /** Sessions the client has left in the current contract year. */
  left: number;
}

/** What the series form offers; null when the client can no longer book (the form explains instead). */
export async function seriesOptions(actor: Actor, conversationId: string, now = new Date()): Promise<SeriesOptions | null> {
  const context = await loadSeriesContext(actor, conversationId).catch((error: unknown) => {
    if (error instanceof AppError && (error.code === "conflict" || error.code === "unavailable")) return null;
    throw error;
  });
  if (!context?.direction) return null;
  const year = contractYearAt(now, { yearStartMonth: context.year_start_month, yearStartDay: context.year_start_day }, context.tenant_time_zone);
  const [[usage], firstTimes] = await Promise.all([
    sqlRows<{ used: number }>(Prisma.sql`
      SELECT count(*)::int AS used FROM appointments
      WHERE employee_id = ${context.employee_id}::uuid AND counts_against_quota AND starts_at >= ${year.start} AND starts_at < ${year.end}`),
    listFreeSlots(context.psychologistId, { now, days: 28, limit: 60 }),
  ]);
  return {
    firstTimes: firstTimes.map((s) => s.start),
    formats: context.profile_formats.filter((f) => context.contract_formats.includes(f)),
    left: Math.max(0, context.sessionsPerYear - (usage?.used ?? 0)),
  };
}
