/**
 * The psychologist's "running late, N minutes": written on the appointment, told to the employee's
 * open room at once (over the pair's chat channel, like a status change) and left as an in-app
 * notification for an employee not yet in the room. Only for an open session, from half an hour
 * before its start until its end; a later mark replaces the earlier one.
 */
import { z } from "zod";
import type { Actor } from "@/lib/auth/guard";
import { CHAT_CHANNEL } from "@/lib/chat/chat-events";
import { sqlRows } from "@/lib/db/sql";
import { consume } from "@/lib/security/rate-limit";
import { AppError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { findOwnAppointment, isOpenStatus } from "./session-access";

const OPENS_BEFORE_START_MS = 30 * 60_000;

export const ZRunningLateInput = z.object({
  minutes: z.coerce
    .number({ error: "errors.consultation.chooseLateMinutes" })
    .int("errors.consultation.chooseLateMinutes")
    .min(1, "errors.consultation.chooseLateMinutes")
    .max(60, "errors.consultation.chooseLateMinutes"),
});

export async function markRunningLate(actor: Actor, appointmentId: string, input: unknown, now = new Date()): Promise<void> {
  if (actor.role !== "psychologist") throw new AppError("forbidden", "errors.access.appointmentPsychologist");
  const appointment = await findOwnAppointment(actor, appointmentId, { id: true, status: true, startsAt: true, endsAt: true, employeeId: true });
  const { minutes } = ZRunningLateInput.parse(input);
  if (!isOpenStatus(appointment.status) || appointment.endsAt <= now) throw new AppError("conflict", "errors.appointment.alreadyRecorded");
  if (appointment.startsAt.getTime() - OPENS_BEFORE_START_MS > now.getTime()) throw new AppError("conflict", "errors.consultation.lateTooEarly");
  await consume("runningLateMarksPerSession", appointment.id, "errors.consultation.tooManyLateMarks");
  const payload = JSON.stringify({ appointmentId: appointment.id, startsAt: appointment.startsAt.toISOString(), minutes });
  // One statement: the mark, the signal to open rooms and the notification commit together.
  await sqlRows(Prisma.sql`
    WITH marked AS (
      UPDATE appointments SET psychologist_late_minutes = ${minutes}, updated_at = now()
      WHERE id = ${appointment.id}::uuid RETURNING id, employee_id, psychologist_id
    ), told AS (
      INSERT INTO notifications (id, user_id, kind, payload)
      SELECT gen_random_uuid(), employee_id, 'session.late', ${payload}::jsonb FROM marked
    )
    SELECT pg_notify(${CHAT_CHANNEL}, json_build_object('k', 'l', 'c', c.id::text, 'a', m.id::text, 'm', ${minutes}::int)::text)
    FROM marked m JOIN conversations c ON c.employee_id = m.employee_id AND c.psychologist_id = m.psychologist_id`);
}
