/**
 * The one way to an appointment from a participant's side. The where clause carries the actor, so
 * an appointment of someone else is simply not found (404, the same answer whether it exists or
 * not); nobody but its employee and its psychologist gets past here.
 */
import { z } from "zod";
import type { Actor } from "@/lib/auth/guard";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";

export type Side = "employee" | "psychologist";

export { OPEN_STATUSES, isOpenStatus } from "./session-status";

export function participantWhere(actor: Actor, appointmentId: string): Prisma.AppointmentWhereInput {
  if (actor.role === "employee") return { id: appointmentId, employeeId: actor.id };
  if (actor.role === "psychologist") return { id: appointmentId, psychologist: { userId: actor.id } };
  throw new AppError("forbidden", "errors.access.consultation");
}

export function sideOf(actor: Actor): Side {
  if (actor.role === "employee") return "employee";
  if (actor.role === "psychologist") return "psychologist";
  throw new AppError("forbidden", "errors.access.consultation");
}

export function sessionNotFound(): AppError {
  return new AppError("not_found", "errors.consultation.notFound");
}

/** The appointment with `select`, when the actor takes part in it. */
export async function findOwnAppointment<S extends Prisma.AppointmentSelect>(actor: Actor, appointmentId: string, select: S) {
  const where = participantWhere(actor, appointmentId);
  if (!z.uuid().safeParse(appointmentId).success) throw sessionNotFound();
  const appointment = await db().appointment.findFirst({ where, select });
  if (!appointment) throw sessionNotFound();
  return appointment;
}
