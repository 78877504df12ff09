/**
 * The write shared by booking and rescheduling, inside the caller's transaction: quota under a
 * per-employee lock, the appointment row (the exclusion constraints settle races for the same
 * time), the catalogue's cached next slot, reminders and notifications.
 */
import type { Prisma } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { Direction, SessionFormat } from "@/lib/generated/prisma/enums";
import { invalidateNextSlot } from "@/lib/catalogue/refresh-next-slots";
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

export async function insertBooking(tx: Prisma.TransactionClient, booking: BookingWrite, quota: QuotaRule, now: Date) {
  const year = contractYearAt(booking.startsAt, { yearStartMonth: quota.yearStartMonth, yearStartDay: quota.yearStartDay }, quota.timeZone);
  // Two bookings by one employee at once would both see the same count: they take turns on a lock
  // held to the end of the transaction. The count must be its own statement, after the lock: a
  // statement's snapshot is taken when it starts, so one that waited for the lock inside itself
  // would still miss the other booking.
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`booking:${booking.employeeId}`}, 0))`;
  const [{ used }] = await tx.$queryRaw<[{ used: number }]>`
    SELECT count(*)::int AS used FROM appointments
    WHERE employee_id = ${booking.employeeId}::uuid AND counts_against_quota AND starts_at >= ${year.start} AND starts_at < ${year.end}`;
  if (used >= quota.sessionsPerYear) {
    throw new AppError("unprocessable", `You have used all ${quota.sessionsPerYear} sessions of this contract year. Your allowance renews on ${year.end.toISOString().slice(0, 10)}.`, { quota: { used, total: quota.sessionsPerYear } });
  }
  const appointment = await tx.appointment.create({ data: booking });
  await invalidateNextSlot(tx, booking.psychologistId);
  await notifyAppointment(tx, appointment, booking.rescheduledFromId ? "rescheduled" : "confirmed", { alsoEnqueue: reminderJobs(appointment, now) });
  return appointment;
}
