/**
 * How a session ended, recorded by its psychologist once its time has come: held (with the topic
 * it was about, from its direction's list, for anonymised statistics) or a no-show (it still counts
 * against the employee's quota). Only an open session (booked or in progress) can be recorded.
 */
import { z } from "zod";
import type { Actor } from "@/lib/auth/guard";
import { directionOfTopic, TOPIC_SLUGS } from "@/lib/catalogue/vocabulary";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { findOwnAppointment, isOpenStatus, OPEN_STATUSES } from "./session-access";

export const ZCompleteSessionInput = z.object({ topic: z.enum(TOPIC_SLUGS, { error: "errors.consultation.chooseTopic" }) });
export type CompleteSessionInput = z.infer<typeof ZCompleteSessionInput>;

async function openSessionOfPsychologist(actor: Actor, appointmentId: string, now: Date) {
  if (actor.role !== "psychologist") throw new AppError("forbidden", "errors.access.appointmentPsychologist");
  const appointment = await findOwnAppointment(actor, appointmentId, { id: true, status: true, startsAt: true, direction: true });
  if (!isOpenStatus(appointment.status)) throw new AppError("conflict", "errors.appointment.alreadyRecorded");
  if (appointment.startsAt > now) throw new AppError("conflict", "errors.appointment.notYetStarted");
  return appointment;
}

export async function completeSession(actor: Actor, appointmentId: string, input: unknown, now = new Date()): Promise<void> {
  const appointment = await openSessionOfPsychologist(actor, appointmentId, now);
  const { topic } = ZCompleteSessionInput.parse(input);
  if (directionOfTopic(topic) !== appointment.direction) {
    throw new AppError("bad_request", "errors.consultation.topicOutsideDirection", {
      fields: [{ path: "topic", message: "errors.consultation.topicOutsideDirection" }],
    });
  }
  const { count } = await db().appointment.updateMany({
    where: { id: appointment.id, status: { in: [...OPEN_STATUSES] } },
    data: { status: "completed", topic, completedAt: now, countsAgainstQuota: true },
  });
  if (count === 0) throw new AppError("conflict", "errors.appointment.alreadyRecorded");
}

export async function recordNoShow(actor: Actor, appointmentId: string, now = new Date()): Promise<void> {
  const appointment = await openSessionOfPsychologist(actor, appointmentId, now);
  const { count } = await db().appointment.updateMany({
    where: { id: appointment.id, status: { in: [...OPEN_STATUSES] } },
    data: { status: "no_show", completedAt: now, countsAgainstQuota: true },
  });
  if (count === 0) throw new AppError("conflict", "errors.appointment.alreadyRecorded");
}
