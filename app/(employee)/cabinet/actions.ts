"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { authorize } from "@/lib/auth/guard";
import { cancelAppointmentByEmployee } from "@/lib/booking/change-appointment";
import { markNotificationsRead } from "@/lib/notifications/list-notifications";
import { setMyTimeZone } from "@/lib/i18n/set-time-zone";
import { ROUTE_ROLES } from "@/lib/auth/route-roles";
import { leaveFeedback } from "@/lib/feedback/leave-feedback";
import { formFailure, type FormState } from "@/lib/forms/form-state";

export async function leaveFeedbackAction(appointmentId: string, _previous: FormState, form: FormData): Promise<FormState> {
  const actor = await authorize(ROUTE_ROLES["/cabinet"]);
  try {
    await leaveFeedback(actor, { appointmentId, rating: form.get("rating") ?? "", comment: form.get("comment") });
  } catch (error) {
    return formFailure(error);
  }
  // No revalidation: the form stays in place to show the thanks; the next visit shows "Rated".
  return { status: "saved", message: "Thank you. Your rating counts once the Harbor team has checked it; it is shown without your name or employer." };
}

export async function markEmployeeNotificationsReadAction(): Promise<void> {
  const actor = await authorize(ROUTE_ROLES["/cabinet"]);
  await markNotificationsRead(actor);
  revalidatePath("/cabinet");
}

export async function cancelAppointmentAction(appointmentId: string, _previous: FormState, form: FormData): Promise<FormState> {
  const actor = await authorize(ROUTE_ROLES["/cabinet"]);
  try {
    await cancelAppointmentByEmployee(actor, appointmentId, { acceptLateCharge: form.get("acceptLateCharge") === "on" });
  } catch (error) {
    return formFailure(error);
  }
  redirect("/cabinet?cancelled=1");
}

export async function setTimeZoneAction(_previous: FormState, form: FormData): Promise<FormState> {
  const actor = await authorize(ROUTE_ROLES["/cabinet"]);
  try {
    await setMyTimeZone(actor, form.get("timeZone"));
  } catch (error) {
    return formFailure(error);
  }
  revalidatePath("/cabinet");
  return { status: "saved", message: "Saved. Times are now shown in this zone." };
}
