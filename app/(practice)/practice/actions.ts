"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { ROUTE_ROLES } from "@/lib/auth/route-roles";
import { bookSeries } from "@/lib/booking/book-series";
import { createCalendarFeed, revokeCalendarFeed } from "@/lib/booking/calendar-feed";
import { cancelAppointmentByPsychologist } from "@/lib/booking/change-appointment";
import { addException, addWeeklyHours, removeAvailability } from "@/lib/booking/manage-availability";
import { defineAction, FORM_ARGS, text } from "@/lib/forms/action";
import { savedState } from "@/lib/forms/form-failure";
import { type CalendarFeedState, type FormState, type SeriesState } from "@/lib/forms/form-state";
import { markNotificationsRead } from "@/lib/notifications/list-notifications";
import { completeSession, recordNoShow } from "@/lib/sessions/record-outcome";
import { raiseRiskFlag } from "@/lib/risk/risk-flags";
import { markRunningLate } from "@/lib/sessions/running-late";
import { saveSessionNote } from "@/lib/sessions/session-notes";
import { assignHomework } from "@/lib/tasks/assign-homework";

const practice = { roles: ROUTE_ROLES["/practice"] };
const availability = { roles: ROUTE_ROLES["/practice/availability"] };

async function saved(outcome: string, path: string): Promise<FormState> {
  revalidatePath(path);
  return savedState(outcome);
}

export const cancelByPsychologistAction = defineAction({ ...practice, args: [z.uuid(), ...FORM_ARGS] }, async (actor, appointmentId) => {
  await cancelAppointmentByPsychologist(actor, appointmentId);
  return saved("cancelledByPsychologist", "/practice");
});

const sessionPath = (appointmentId: string) => `/practice/sessions/${appointmentId}`;

export const completeSessionAction = defineAction({ ...practice, args: [z.uuid(), ...FORM_ARGS] }, async (actor, appointmentId, _previous, form) => {
  await completeSession(actor, appointmentId, { topic: text(form, "topic") });
  revalidatePath("/practice");
  return saved("recordedHeld", sessionPath(appointmentId));
});

export const recordNoShowAction = defineAction({ ...practice, args: [z.uuid(), ...FORM_ARGS] }, async (actor, appointmentId) => {
  await recordNoShow(actor, appointmentId);
  revalidatePath(sessionPath(appointmentId));
  return saved("recordedNoShow", "/practice");
});

export const saveNoteAction = defineAction({ ...practice, args: [z.uuid(), ...FORM_ARGS] }, async (actor, appointmentId, _previous, form) => {
  await saveSessionNote(actor, appointmentId, { text: text(form, "text") });
  return savedState("noteSaved");
});

export const assignHomeworkAction = defineAction({ ...practice, args: [z.uuid(), ...FORM_ARGS] }, async (actor, appointmentId, _previous, form) => {
  await assignHomework(actor, appointmentId, { title: text(form, "title"), instructions: text(form, "instructions"), dueOn: text(form, "dueOn") });
  return saved("homeworkAssigned", sessionPath(appointmentId));
});

export const bookSeriesAction = defineAction(
  { ...practice, args: [z.uuid(), ...FORM_ARGS] },
  async (actor, conversationId, _previous, form): Promise<SeriesState> => {
    const input = { firstStartsAt: text(form, "firstStartsAt"), cadence: text(form, "cadence"), count: text(form, "count"), format: text(form, "format") };
    const booked = await bookSeries(actor, conversationId, input);
    revalidatePath(`/practice/clients/${conversationId}`);
    revalidatePath("/practice");
    return { ...(await savedState("seriesBooked")), booked: booked.map((a) => a.startsAt.toISOString()) };
  },
);

export const markRunningLateAction = defineAction({ ...practice, args: [z.uuid(), ...FORM_ARGS] }, async (actor, appointmentId, _previous, form) => {
  await markRunningLate(actor, appointmentId, { minutes: text(form, "minutes") });
  return savedState("clientToldLate");
});

export const createCalendarFeedAction = defineAction({ ...practice, args: FORM_ARGS }, async (actor): Promise<CalendarFeedState> => {
  const url = await createCalendarFeed(actor);
  revalidatePath("/practice/calendar");
  return { ...(await savedState("calendarFeedCreated")), url };
});

export const revokeCalendarFeedAction = defineAction({ ...practice, args: FORM_ARGS }, async (actor) => {
  await revokeCalendarFeed(actor);
  return saved("calendarFeedOff", "/practice/calendar");
});

export const markPracticeNotificationsReadAction = defineAction({ ...practice, args: [z.instanceof(FormData)] }, async (actor) => {
  await markNotificationsRead(actor);
  revalidatePath("/practice");
});

export const addWeeklyHoursAction = defineAction({ ...availability, args: FORM_ARGS }, async (actor, _previous, form) => {
  await addWeeklyHours(actor, { weekday: text(form, "weekday"), start: text(form, "start"), end: text(form, "end") });
  return saved("hoursAdded", "/practice/availability");
});

export const addExceptionAction = defineAction({ ...availability, args: FORM_ARGS }, async (actor, _previous, form) => {
  const input = {
    date: text(form, "date"),
    kind: text(form, "kind"),
    wholeDay: form.get("wholeDay") === "on",
    start: text(form, "start") || undefined,
    end: text(form, "end") || undefined,
  };
  await addException(actor, input);
  return saved("saved", "/practice/availability");
});

export const removeAvailabilityAction = defineAction(
  { ...availability, args: [z.enum(["rule", "exception"]), z.uuid(), ...FORM_ARGS] },
  async (actor, kind, id) => {
    await removeAvailability(actor, kind, id);
    revalidatePath("/practice/availability");
    return { status: "saved" } satisfies FormState;
  },
);

export const raiseRiskFlagAction = defineAction({ ...practice, args: [z.uuid(), ...FORM_ARGS] }, async (actor, appointmentId, _previous, form) => {
  await raiseRiskFlag(actor, appointmentId, { level: text(form, "level") as never, reason: text(form, "reason") });
  revalidatePath(`/practice/sessions/${appointmentId}`);
  return savedState("riskFlagRaised");
});
