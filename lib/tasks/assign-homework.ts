/** The psychologist gives a client a task after (or during) one of their sessions. */
import { randomUUID } from "node:crypto";
import { z } from "zod";
import { zVisibleText } from "@/lib/forms/visible-text";
import type { Actor } from "@/lib/auth/guard";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { findOwnAppointment } from "@/lib/sessions/session-access";
import { sealHomework } from "./homework-body";

export const ZAssignHomeworkInput = z.object({
  title: zVisibleText("text", z.string().trim().min(1, "errors.homework.titleRequired").max(200, "errors.homework.titleTooLong")),
  instructions: zVisibleText("text", z.string().trim().max(4000, "errors.homework.instructionsTooLong")).default(""),
  dueOn: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, "errors.homework.dueDate")
    .optional()
    .or(z.literal("").transform(() => undefined)),
});
export type AssignHomeworkInput = z.infer<typeof ZAssignHomeworkInput>;

export async function assignHomework(actor: Actor, appointmentId: string, input: unknown, now = new Date()): Promise<{ id: string }> {
  if (actor.role !== "psychologist") throw new AppError("forbidden", "errors.access.appointmentPsychologist");
  const appointment = await findOwnAppointment(actor, appointmentId, { id: true, employeeId: true, psychologistId: true, status: true, startsAt: true });
  if (appointment.status === "cancelled") throw new AppError("conflict", "errors.homework.cancelledSession");
  if (appointment.startsAt > now) throw new AppError("conflict", "errors.appointment.notYetStarted");
  const { title, instructions, dueOn } = ZAssignHomeworkInput.parse(input);
  if (dueOn && dueOn < now.toISOString().slice(0, 10)) {
    throw new AppError("bad_request", "errors.homework.dueInPast", { fields: [{ path: "dueOn", message: "errors.homework.dueInPast" }] });
  }
  const id = randomUUID();
  await db().homeworkTask.create({
    data: {
      id,
      psychologistId: appointment.psychologistId,
      employeeId: appointment.employeeId,
      appointmentId: appointment.id,
      dueOn: dueOn ? new Date(`${dueOn}T00:00:00Z`) : null,
      ...sealHomework(id, { title, instructions }),
    },
  });
  return { id };
}
