/** An employee books a free slot. Confirmed at once; a lost race is a clear 409 with fresh times. */
import { z } from "zod";
import type { Actor } from "@/lib/auth/guard";
import { inSqlTransaction } from "@/lib/db/sql";
import { AppError } from "@/lib/errors";
import { checkOffer, loadBookingContext, requireFreeSlot, spendBookingChange } from "./booking-context";
import { insertBooking } from "./insert-booking";
import { listFreeSlots } from "./list-free-slots";
import { overlapOf, retryOnWriteConflict } from "./overlap-error";

export const ZBookAppointmentInput = z.object({
  psychologistId: z.uuid({ error: "errors.booking.chooseSpecialist" }),
  startsAt: z.coerce.date({ error: "errors.booking.chooseTime" }),
  direction: z.enum(["psychology", "legal", "financial"], { error: "errors.booking.chooseDirection" }),
  format: z.enum(["chat", "audio", "video"], { error: "errors.booking.chooseFormat" }),
});
export type BookAppointmentInput = z.infer<typeof ZBookAppointmentInput>;

export async function bookAppointment(actor: Actor, input: unknown, now = new Date()) {
  const data = ZBookAppointmentInput.parse(input);
  const context = await loadBookingContext(actor, data.psychologistId);
  await spendBookingChange(actor);
  checkOffer(context, data.direction, data.format);
  const slot = await requireFreeSlot(data.psychologistId, data.startsAt, now);
  try {
    const booking = {
      tenantId: actor.tenantId!,
      employeeId: actor.id,
      psychologistId: data.psychologistId,
      direction: data.direction,
      format: data.format,
      startsAt: slot.start,
      endsAt: slot.end,
    };
    return await retryOnWriteConflict(() =>
      inSqlTransaction((run) => insertBooking(run, booking, { ...context.contract, timeZone: context.tenantTimeZone }, now)),
    );
  } catch (error) {
    throw await explainOverlap(error, data.psychologistId, now);
  }
}

/** Turns an exclusion-constraint refusal into the message and fresh slots the employee needs. */
export async function explainOverlap(error: unknown, psychologistId: string, now: Date): Promise<unknown> {
  const overlap = overlapOf(error);
  if (overlap === "employee") return new AppError("conflict", "errors.booking.employeeOverlap");
  if (overlap !== "psychologist") return error;
  const slots = await listFreeSlots(psychologistId, { now, limit: 8 });
  return new AppError("conflict", "errors.booking.justTaken", { slots: slots.map((s) => s.start.toISOString()) });
}
