"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { ROUTE_ROLES } from "@/lib/auth/route-roles";
import { cancelAppointmentByEmployee } from "@/lib/booking/change-appointment";
import { leaveFeedback } from "@/lib/feedback/leave-feedback";
import { answerNps } from "@/lib/feedback/nps";
import { defineAction, FORM_ARGS, text } from "@/lib/forms/action";
import { savedState } from "@/lib/forms/form-failure";
import { type FormState } from "@/lib/forms/form-state";
import { setMyTimeZone } from "@/lib/i18n/set-time-zone";
import { markNotificationsRead } from "@/lib/notifications/list-notifications";
import { completeHomework } from "@/lib/tasks/complete-homework";

const cabinet = { roles: ROUTE_ROLES["/cabinet"] };

export const leaveFeedbackAction = defineAction(
  { ...cabinet, args: [z.uuid(), ...FORM_ARGS] },
  async (actor, appointmentId, _previous, form): Promise<FormState> => {
    await leaveFeedback(actor, { appointmentId, rating: text(form, "rating"), comment: text(form, "comment") });
    // No revalidation: the form stays in place to show the thanks; the next visit shows "Rated".
    return savedState("ratingThanks");
  },
);

export const markEmployeeNotificationsReadAction = defineAction({ ...cabinet, args: [z.instanceof(FormData)] }, async (actor) => {
  await markNotificationsRead(actor);
  revalidatePath("/cabinet");
});

export const cancelAppointmentAction = defineAction(
  { ...cabinet, args: [z.uuid(), ...FORM_ARGS] },
  async (actor, appointmentId, _previous, form): Promise<FormState> => {
    await cancelAppointmentByEmployee(actor, appointmentId, { acceptLateCharge: form.get("acceptLateCharge") === "on" });
    redirect("/cabinet?cancelled=1");
  },
);

export const setTimeZoneAction = defineAction({ ...cabinet, args: FORM_ARGS }, async (actor, _previous, form): Promise<FormState> => {
  await setMyTimeZone(actor, text(form, "timeZone"));
  revalidatePath("/cabinet");
  return savedState("timeZoneSaved");
});

export const completeHomeworkAction = defineAction(
  { ...cabinet, args: [z.uuid(), ...FORM_ARGS] },
  async (actor, taskId, _previous, form): Promise<FormState> => {
    await completeHomework(actor, taskId, { answer: text(form, "answer") });
    revalidatePath("/cabinet");
    return savedState("homeworkDone");
  },
);

export const answerNpsAction = defineAction({ ...cabinet, args: [z.uuid(), ...FORM_ARGS] }, async (actor, questionId, _previous, form): Promise<FormState> => {
  await answerNps(actor, { questionId, score: text(form, "score") });
  return savedState("npsThanks");
});
