/**
 * Changes to a booked appointment: the employee cancels or moves it (free outside the contract's
 * late-cancellation window, counted inside it, and only after they confirm that), the psychologist
 * cancels it (never at the employee's cost) or records how it went (held, or a no-show).
 */
import { z } from "zod";
import type { Actor } from "@/lib/auth/guard";
import { db, WRITE_TRANSACTION } from "@/lib/db/client";
import { viaPrisma } from "@/lib/db/sql";
import { AppError } from "@/lib/errors";
import { invalidateNextSlot } from "@/lib/catalogue/refresh-next-slots";
import { notifyAppointment } from "@/lib/notifications/notify-appointment";
import { explainOverlap } from "./book-appointment";
import { requireFreeSlot, spendBookingChange } from "./booking-context";
import { cancellationTerms } from "./cancellation-terms";
import { insertBooking } from "./insert-booking";
import { retryOnWriteConflict } from "./overlap-error";

const notFound = () => new AppError("not_found", "errors.appointment.notYours");

async function employeeAppointment(actor: Actor, appointmentId: string, now: Date) {
  if (actor.role !== "employee") throw new AppError("forbidden", "errors.access.appointmentEmployee");
  if (!z.uuid().safeParse(appointmentId).success) throw notFound();
  const appointment = await db().appointment.findFirst({
    where: { id: appointmentId, employeeId: actor.id },
    include: { tenant: { select: { timeZone: true, contract: true } } },
  });
  if (!appointment) throw notFound();
  if (appointment.status !== "booked") throw new AppError("conflict", "errors.appointment.cancelledOrHeld");
  if (appointment.startsAt <= now) throw new AppError("conflict", "errors.appointment.started");
  const contract = appointment.tenant.contract;
  if (!contract) throw new AppError("unavailable", "errors.booking.noContract");
  return { appointment, contract, terms: cancellationTerms(appointment.startsAt, contract.lateCancelHours, now) };
}

/** What the employee is told before confirming a cancellation or a move. */
export async function getChangeTerms(actor: Actor, appointmentId: string, now = new Date()) {
  const { appointment, terms } = await employeeAppointment(actor, appointmentId, now);
  return {
    appointment: { id: appointment.id, startsAt: appointment.startsAt, format: appointment.format, psychologistId: appointment.psychologistId },
    ...terms,
  };
}

export async function cancelAppointmentByEmployee(
  actor: Actor,
  appointmentId: string,
  options: { acceptLateCharge?: boolean } = {},
  now = new Date(),
): Promise<void> {
  const { appointment, terms } = await employeeAppointment(actor, appointmentId, now);
  if (terms.late && !options.acceptLateCharge)
    throw new AppError("unprocessable", "errors.appointment.lateCancel", { late: true, params: { hours: terms.lateCancelHours } });
  await spendBookingChange(actor);
  await db().$transaction(async (tx) => {
    // Conditional on still being booked: a double click or a race with the psychologist cancels once.
    const { count } = await tx.appointment.updateMany({
      where: { id: appointment.id, status: "booked" },
      data: { status: "cancelled", cancelledAt: now, cancelledBy: "employee", countsAgainstQuota: terms.late },
    });
    if (count === 0) throw new AppError("conflict", "errors.appointment.alreadyCancelled");
    await invalidateNextSlot(viaPrisma(tx), appointment.psychologistId);
    await notifyAppointment(viaPrisma(tx), appointment, "cancelled");
  }, WRITE_TRANSACTION);
}

export const ZRescheduleInput = z.object({ startsAt: z.coerce.date({ error: "errors.booking.chooseNewTime" }), acceptLateCharge: z.boolean().default(false) });

/** Moves an appointment to another free slot of the same psychologist, as one transaction. */
export async function rescheduleAppointment(actor: Actor, appointmentId: string, input: unknown, now = new Date()) {
  const data = ZRescheduleInput.parse(input);
  const { appointment, contract, terms } = await employeeAppointment(actor, appointmentId, now);
  if (terms.late && !data.acceptLateCharge)
    throw new AppError("unprocessable", "errors.appointment.lateMove", { late: true, params: { hours: terms.lateCancelHours } });
  await spendBookingChange(actor);
  const slot = await requireFreeSlot(appointment.psychologistId, data.startsAt, now, appointment.id);
  try {
    return await retryOnWriteConflict(() =>
      db().$transaction(async (tx) => {
        const { count } = await tx.appointment.updateMany({
          where: { id: appointment.id, status: "booked" },
          data: { status: "cancelled", cancelledAt: now, cancelledBy: "employee", countsAgainstQuota: terms.late },
        });
        if (count === 0) throw new AppError("conflict", "errors.appointment.alreadyCancelled");
        return insertBooking(
          viaPrisma(tx),
          {
            tenantId: appointment.tenantId,
            employeeId: actor.id,
            psychologistId: appointment.psychologistId,
            direction: appointment.direction,
            format: appointment.format,
            startsAt: slot.start,
            endsAt: slot.end,
            rescheduledFromId: appointment.id,
            seriesId: appointment.seriesId,
          },
          { ...contract, timeZone: appointment.tenant.timeZone },
          now,
        );
      }, WRITE_TRANSACTION),
    );
  } catch (error) {
    throw await explainOverlap(error, appointment.psychologistId, now);
  }
}

async function psychologistAppointment(actor: Actor, appointmentId: string) {
  if (actor.role !== "psychologist") throw new AppError("forbidden", "errors.access.appointmentPsychologist");
  if (!z.uuid().safeParse(appointmentId).success) throw notFound();
  const appointment = await db().appointment.findFirst({ where: { id: appointmentId, psychologist: { userId: actor.id } } });
  if (!appointment) throw notFound();
  if (appointment.status !== "booked") throw new AppError("conflict", "errors.appointment.cancelledOrRecorded");
  return appointment;
}

/** The psychologist cancels: the session never counts for the employee, who is offered other times. */
export async function cancelAppointmentByPsychologist(actor: Actor, appointmentId: string, now = new Date()): Promise<void> {
  const appointment = await psychologistAppointment(actor, appointmentId);
  if (appointment.startsAt <= now) throw new AppError("conflict", "errors.appointment.startedRecordInstead");
  await db().$transaction(async (tx) => {
    const { count } = await tx.appointment.updateMany({
      where: { id: appointment.id, status: "booked" },
      data: { status: "cancelled", cancelledAt: now, cancelledBy: "psychologist", countsAgainstQuota: false },
    });
    if (count === 0) throw new AppError("conflict", "errors.appointment.alreadyCancelled");
    await invalidateNextSlot(viaPrisma(tx), appointment.psychologistId);
    await notifyAppointment(viaPrisma(tx), appointment, "cancelled", { payload: { byPsychologist: true, psychologistId: appointment.psychologistId } });
  }, WRITE_TRANSACTION);
}
