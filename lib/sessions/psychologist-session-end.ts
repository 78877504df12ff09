/**
 * What the psychologist's room keeps in one place once the session is under way or over: how it was
 * recorded (held with its topic, or a no-show) and the homework already given in it, beside the note
 * (read with its own audit in session-notes.ts). Only for the session's own psychologist.
 */
import type { Actor } from "@/lib/auth/guard";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { homeworkItem, HOMEWORK_SELECT, type HomeworkItem } from "@/lib/tasks/homework-item";
import { findOwnAppointment } from "./session-access";

export interface PsychologistSessionEnd {
  /** The outcome already recorded, if any. */
  recorded: { status: "completed" | "no_show"; topic: string | null } | null;
  homework: HomeworkItem[];
}

export async function getPsychologistSessionEnd(actor: Actor, appointmentId: string): Promise<PsychologistSessionEnd> {
  if (actor.role !== "psychologist") throw new AppError("forbidden", "errors.access.appointmentPsychologist");
  const appointment = await findOwnAppointment(actor, appointmentId, { id: true, status: true, topic: true, psychologistId: true });
  const tasks = await db().homeworkTask.findMany({
    where: { appointmentId: appointment.id, psychologistId: appointment.psychologistId },
    orderBy: { createdAt: "asc" },
    select: HOMEWORK_SELECT,
  });
  const recorded = appointment.status === "completed" || appointment.status === "no_show" ? { status: appointment.status, topic: appointment.topic } : null;
  return { recorded, homework: tasks.map(homeworkItem) };
}
