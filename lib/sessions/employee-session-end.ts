/**
 * What the employee's room shows once the session is over (or they left the call): the homework
 * given in it, the same psychologist's next free times to book the next session, and whether the
 * session waits for their rating. Only for the session's own employee.
 */
import type { Actor } from "@/lib/auth/guard";
import type { Slot } from "@/lib/booking/compute-slots";
import { listFreeSlots } from "@/lib/booking/list-free-slots";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { homeworkItem, HOMEWORK_SELECT, type HomeworkItem } from "@/lib/tasks/homework-item";
import { findOwnAppointment } from "./session-access";

/** Enough to choose from without leaving the room; the profile page has the rest. */
const NEXT_TIMES = 3;

export interface EmployeeSessionEnd {
  homework: HomeworkItem[];
  /** The psychologist's profile, to book; null when they no longer take bookings. */
  profileId: string | null;
  nextTimes: Slot[];
  /** The session was held and has no rating from the employee yet. */
  awaitsRating: boolean;
}

export async function getEmployeeSessionEnd(actor: Actor, appointmentId: string, now = new Date()): Promise<EmployeeSessionEnd> {
  if (actor.role !== "employee") throw new AppError("forbidden", "errors.access.consultation");
  const appointment = await findOwnAppointment(actor, appointmentId, {
    id: true,
    status: true,
    startsAt: true,
    psychologist: { select: { id: true, status: true } },
    feedback: { select: { id: true } },
  });
  const bookable = appointment.psychologist.status === "published";
  // The end screen shows only once the session has begun (left, ended, or over): a room opened
  // before its start does not lay out the psychologist's free times it will not show.
  const begun = appointment.startsAt <= now || appointment.status !== "booked";
  const [tasks, nextTimes] = await Promise.all([
    db().homeworkTask.findMany({ where: { appointmentId: appointment.id, employeeId: actor.id }, orderBy: { createdAt: "asc" }, select: HOMEWORK_SELECT }),
    bookable && begun ? listFreeSlots(appointment.psychologist.id, { now, limit: NEXT_TIMES }) : Promise.resolve([]),
  ]);
  return {
    homework: tasks.map(homeworkItem),
    profileId: bookable ? appointment.psychologist.id : null,
    nextTimes,
    awaitsRating: appointment.status === "completed" && !appointment.feedback,
  };
}
