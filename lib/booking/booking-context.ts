/**
 * What every booking decision reads: the employer's contract, the psychologist's public profile,
 * and whether a requested start is one of their free slots right now.
 */
import { z } from "zod";
import type { Actor } from "@/lib/auth/guard";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { Direction, SessionFormat } from "@/lib/generated/prisma/enums";
import { DIRECTION_LABEL, FORMAT_LABEL } from "@/lib/catalogue/vocabulary";
import { consume } from "@/lib/security/rate-limit";
import { computeSlots, type Slot } from "./compute-slots";
import { BOOKING_HORIZON_DAYS } from "./horizon";
import { listFreeSlots } from "./list-free-slots";
import { loadAvailability } from "./load-availability";

/** Every booking, move and cancellation spends one of the employee's changes for the hour. */
export async function spendBookingChange(actor: Actor): Promise<void> {
  await consume("bookingChangesPerEmployee", actor.id, (minutes) => `You have booked, moved or cancelled many times in the last hour. Please try again in ${minutes} minutes.`);
}

export async function loadBookingContext(actor: Actor, psychologistId: string) {
  if (actor.role !== "employee" || !actor.tenantId) throw new AppError("forbidden", "Only employees book sessions.");
  if (!z.uuid().safeParse(psychologistId).success) throw new AppError("not_found", "This specialist is no longer taking bookings. Please choose another.");
  const [tenant, profile] = await Promise.all([
    db().tenant.findUniqueOrThrow({ where: { id: actor.tenantId }, select: { timeZone: true, contract: true } }),
    db().psychologistProfile.findFirst({ where: { id: psychologistId, status: "published" }, select: { id: true, directions: true, formats: true, sessionMinutes: true, displayName: true } }),
  ]);
  if (!tenant.contract) throw new AppError("unavailable", "Your employer's programme is not set up for bookings yet. Please ask your HR department.");
  if (!profile) throw new AppError("not_found", "This specialist is no longer taking bookings. Please choose another.");
  return { contract: tenant.contract, tenantTimeZone: tenant.timeZone, profile };
}

/** The direction and format must be offered by both the contract and the psychologist. */
export function checkOffer(context: Awaited<ReturnType<typeof loadBookingContext>>, direction: Direction, format: SessionFormat): void {
  const { contract, profile } = context;
  if (!contract.directions.includes(direction) || !profile.directions.includes(direction)) {
    throw new AppError("unprocessable", `${DIRECTION_LABEL[direction]} consultations are not available with this specialist in your programme.`, { fields: [{ path: "direction", message: "Not available." }] });
  }
  if (!contract.formats.includes(format) || !profile.formats.includes(format)) {
    throw new AppError("unprocessable", `${FORMAT_LABEL[format]} sessions are not available with this specialist in your programme.`, { fields: [{ path: "format", message: "Not available." }] });
  }
}

/** The free slot starting at `startsAt`, or a 409 carrying the next free times to choose from. */
export async function requireFreeSlot(psychologistId: string, startsAt: Date, now: Date, ignoreAppointmentId?: string): Promise<Slot> {
  const horizon = new Date(now.getTime() + BOOKING_HORIZON_DAYS * 86_400_000);
  if (startsAt.getTime() >= horizon.getTime()) throw new AppError("unprocessable", `Bookings open ${BOOKING_HORIZON_DAYS} days ahead. Please choose an earlier time.`);
  // Only the requested day matters: slots are laid out per local day from that day's hours.
  const from = new Date(startsAt.getTime() - 86_400_000);
  const until = new Date(Math.min(horizon.getTime(), startsAt.getTime() + 86_400_000));
  const input = (await loadAvailability([psychologistId], { from, until })).get(psychologistId);
  if (!input) throw new AppError("not_found", "This specialist is no longer taking bookings. Please choose another.");
  // When moving an appointment, its own current time does not block the new one.
  if (ignoreAppointmentId) input.busy = input.busy.filter((b) => b.id !== ignoreAppointmentId);
  const slot = computeSlots(input, { now, from, until }).find((s) => s.start.getTime() === startsAt.getTime());
  if (slot) return slot;
  const fresh = await listFreeSlots(psychologistId, { now, limit: 8 });
  throw new AppError("conflict", "This time is no longer available. Please choose another time.", { slots: fresh.map((s) => s.start.toISOString()) });
}
