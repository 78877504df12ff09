"use server";

import { revalidatePath } from "next/cache";
import { authorize } from "@/lib/auth/guard";
import { ROUTE_ROLES } from "@/lib/auth/route-roles";
import { cancelAppointmentByPsychologist, recordAttendance } from "@/lib/booking/change-appointment";
import { addException, addWeeklyHours, removeAvailability } from "@/lib/booking/manage-availability";
import { formFailure, type FormState } from "@/lib/forms/form-state";
import { markNotificationsRead } from "@/lib/notifications/list-notifications";

async function run(work: () => Promise<void>, message: string, path: string): Promise<FormState> {
  try {
    await work();
  } catch (error) {
    return formFailure(error);
  }
  revalidatePath(path);
  return { status: "saved", message };
}

export async function cancelByPsychologistAction(appointmentId: string): Promise<FormState> {
  const actor = await authorize(ROUTE_ROLES["/practice"]);
  return run(() => cancelAppointmentByPsychologist(actor, appointmentId), "Cancelled. The client was told and offered other times; it does not use one of their sessions.", "/practice");
}

export async function recordAttendanceAction(appointmentId: string, outcome: "completed" | "no_show"): Promise<FormState> {
  const actor = await authorize(ROUTE_ROLES["/practice"]);
  return run(() => recordAttendance(actor, appointmentId, outcome), outcome === "completed" ? "Recorded as held." : "Recorded as a no-show.", "/practice");
}

export async function markPracticeNotificationsReadAction(): Promise<void> {
  const actor = await authorize(ROUTE_ROLES["/practice"]);
  await markNotificationsRead(actor);
  revalidatePath("/practice");
}

export async function addWeeklyHoursAction(_previous: FormState, form: FormData): Promise<FormState> {
  const actor = await authorize(ROUTE_ROLES["/practice/availability"]);
  return run(() => addWeeklyHours(actor, { weekday: form.get("weekday"), start: form.get("start"), end: form.get("end") }), "Hours added.", "/practice/availability");
}

export async function addExceptionAction(_previous: FormState, form: FormData): Promise<FormState> {
  const actor = await authorize(ROUTE_ROLES["/practice/availability"]);
  const input = { date: form.get("date"), kind: form.get("kind"), wholeDay: form.get("wholeDay") === "on", start: form.get("start") || undefined, end: form.get("end") || undefined };
  return run(() => addException(actor, input), "Saved.", "/practice/availability");
}

export async function removeAvailabilityAction(kind: "rule" | "exception", id: string): Promise<void> {
  const actor = await authorize(ROUTE_ROLES["/practice/availability"]);
  await removeAvailability(actor, kind, id);
  revalidatePath("/practice/availability");
}
