/**
 * The write shared by booking and rescheduling, inside the caller's transaction: quota under a
 * per-employee lock, the appointment row (the exclusion constraints settle races for the same
 * time), the catalogue's cached next slot, reminders and notifications.
 */
import { randomUUID } from "node:crypto";
import { Prisma } from "@/lib/generated/prisma/client";
import type { SqlRunner } from "@/lib/db/sql";
import { AppError } from "@/lib/errors";
import type { Direction, SessionFormat } from "@/lib/generated/prisma/enums";
import { notifyAppointment, recipientsSql, type Recipients } from "@/lib/notifications/notify-appointment";
import { enqueueMany } from "@/lib/jobs/enqueue";
import { calendarDay } from "@/lib/i18n/format";
import { contractYearAt } from "./contract-year";
import { reminderJobs } from "./reminders";

export interface BookingWrite {
  tenantId: string;
  employeeId: string;
  psychologistId: string;
  direction: Direction;
  format: SessionFormat;
  startsAt: Date;
  endsAt: Date;
  rescheduledFromId?: string;
  /** The recurring series it belongs to (a moved occurrence stays in its series). */
  seriesId?: string | null;
}

export interface QuotaRule {
  sessionsPerYear: number;
  yearStartMonth: number;
  yearStartDay: number;
  timeZone: string;
}

/** The appointment as written; what callers answer with and notifications describe. */
export interface BookedAppointment extends Omit<BookingWrite, "rescheduledFromId" | "seriesId"> {
  id: string;
  status: "booked";
  countsAgainstQuota: true;
  rescheduledFromId: string | null;
  seriesId: string | null;
}

/**
 * `announce: false` writes the appointment and its reminders without telling anyone: a series
 * (lib/booking/book-series.ts) sends one confirmation for all of its occurrences.
 */
export async function insertBooking(
  run: SqlRunner,
  booking: BookingWrite,
  quota: QuotaRule,
  now: Date,
  { announce = true }: { announce?: boolean } = {},
): Promise<BookedAppointment> {
  const year = contractYearAt(booking.startsAt, { yearStartMonth: quota.yearStartMonth, yearStartDay: quota.yearStartDay }, quota.timeZone);
  // Two bookings by one employee at once would both see the same count: they take turns on a lock
  // held to the end of the transaction. The count must be in a later statement than the lock: a
  // statement's snapshot is taken when it starts, so one that waited for the lock inside itself
  // would still miss the other booking.
  await run.execute(Prisma.sql`SELECT pg_advisory_xact_lock(hashtextextended(${`booking:${booking.employeeId}`}, 0))`);
  const appointment: BookedAppointment = {
    id: randomUUID(),
    ...booking,
    status: "booked",
    countsAgainstQuota: true,
    rescheduledFromId: booking.rescheduledFromId ?? null,
    seriesId: booking.seriesId ?? null,
  };
  // One round trip: count the year's sessions, insert only under the quota, mark the catalogue's
  // cached slot stale (see invalidateNextSlot) and read who to notify.
  const [written] = await run.rows<Recipients & { used: number; inserted: boolean }>(Prisma.sql`
    WITH used AS (
      SELECT count(*)::int AS n FROM appointments
      WHERE employee_id = ${booking.employeeId}::uuid AND counts_against_quota AND starts_at >= ${year.start} AND starts_at < ${year.end}
    ), booked AS (
      INSERT INTO appointments (id, tenant_id, employee_id, psychologist_id, direction, format, starts_at, ends_at, rescheduled_from_id, series_id,
                                employee_participant_id, psychologist_participant_id, updated_at)
      SELECT ${appointment.id}::uuid, ${booking.tenantId}::uuid, ${booking.employeeId}::uuid, ${booking.psychologistId}::uuid,
             ${booking.direction}::"Direction", ${booking.format}::"SessionFormat", ${booking.startsAt}, ${booking.endsAt},
             ${appointment.rescheduledFromId}::uuid, ${appointment.seriesId}::uuid, ${randomUUID()}::uuid, ${randomUUID()}::uuid, now()
      FROM used WHERE used.n < ${quota.sessionsPerYear}
      RETURNING psychologist_id
    ), stale AS (
      UPDATE psychologist_profiles SET slots_checked_at = NULL WHERE id IN (SELECT psychologist_id FROM booked)
    )
    SELECT (SELECT n FROM used) AS used, EXISTS (SELECT 1 FROM booked) AS inserted, r.*
    FROM (${recipientsSql(appointment)}) r`);
  if (!written) throw new Error(`booking for ${booking.employeeId} found no recipients`);
  if (!written.inserted) {
    throw new AppError("unprocessable", "errors.booking.quotaUsed", {
      quota: { used: written.used, total: quota.sessionsPerYear },
      params: { sessions: quota.sessionsPerYear, renewsOn: calendarDay(year.end, quota.timeZone) },
    });
  }
  if (!announce) {
    await enqueueMany(run, reminderJobs(appointment, now));
    return appointment;
  }
  await notifyAppointment(run, appointment, booking.rescheduledFromId ? "rescheduled" : "confirmed", {
    alsoEnqueue: reminderJobs(appointment, now),
    recipients: written,
  });
  return appointment;
}
