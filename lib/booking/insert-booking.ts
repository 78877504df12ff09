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
import { notifyAppointment } from "@/lib/notifications/notify-appointment";
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
}

export interface QuotaRule {
  sessionsPerYear: number;
  yearStartMonth: number;
  yearStartDay: number;
  timeZone: string;
}

/** The appointment as written; what callers answer with and notifications describe. */
export interface BookedAppointment extends Omit<BookingWrite, "rescheduledFromId"> {
  id: string;
  status: "booked";
  countsAgainstQuota: true;
  rescheduledFromId: string | null;
}

export async function insertBooking(run: SqlRunner, booking: BookingWrite, quota: QuotaRule, now: Date): Promise<BookedAppointment> {
  const year = contractYearAt(booking.startsAt, { yearStartMonth: quota.yearStartMonth, yearStartDay: quota.yearStartDay }, quota.timeZone);
  // Two bookings by one employee at once would both see the same count: they take turns on a lock
  // held to the end of the transaction. The count must be its own statement, after the lock: a
  // statement's snapshot is taken when it starts, so one that waited for the lock inside itself
  // would still miss the other booking.
  await run.execute(Prisma.sql`SELECT pg_advisory_xact_lock(hashtextextended(${`booking:${booking.employeeId}`}, 0))`);
  const [counted] = await run.rows<{ used: number }>(Prisma.sql`
    SELECT count(*)::int AS used FROM appointments
    WHERE employee_id = ${booking.employeeId}::uuid AND counts_against_quota AND starts_at >= ${year.start} AND starts_at < ${year.end}`);
  const used = counted?.used ?? 0;
  if (used >= quota.sessionsPerYear) {
    throw new AppError("unprocessable", `You have used all ${quota.sessionsPerYear} sessions of this contract year. Your allowance renews on ${year.end.toISOString().slice(0, 10)}.`, { quota: { used, total: quota.sessionsPerYear } });
  }
  const appointment: BookedAppointment = { id: randomUUID(), ...booking, status: "booked", countsAgainstQuota: true, rescheduledFromId: booking.rescheduledFromId ?? null };
  // The row and the catalogue's cache invalidation in one statement (see invalidateNextSlot).
  await run.execute(Prisma.sql`
    WITH booked AS (
      INSERT INTO appointments (id, tenant_id, employee_id, psychologist_id, direction, format, starts_at, ends_at, rescheduled_from_id,
                                employee_participant_id, psychologist_participant_id, updated_at)
      VALUES (${appointment.id}::uuid, ${booking.tenantId}::uuid, ${booking.employeeId}::uuid, ${booking.psychologistId}::uuid,
              ${booking.direction}::"Direction", ${booking.format}::"SessionFormat", ${booking.startsAt}, ${booking.endsAt},
              ${appointment.rescheduledFromId}::uuid, ${randomUUID()}::uuid, ${randomUUID()}::uuid, now())
      RETURNING psychologist_id
    )
    UPDATE psychologist_profiles SET slots_checked_at = NULL WHERE id = (SELECT psychologist_id FROM booked)`);
  await notifyAppointment(run, appointment, booking.rescheduledFromId ? "rescheduled" : "confirmed", { alsoEnqueue: reminderJobs(appointment, now) });
  return appointment;
}
