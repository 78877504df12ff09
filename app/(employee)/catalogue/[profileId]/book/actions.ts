"use server";

import { redirect } from "next/navigation";
import { authorize } from "@/lib/auth/guard";
import { ROUTE_ROLES } from "@/lib/auth/route-roles";
import { bookAppointment } from "@/lib/booking/book-appointment";
import { rescheduleAppointment } from "@/lib/booking/change-appointment";
import { formFailure, type FormState } from "@/lib/forms/form-state";
import { isAppError } from "@/lib/errors";

export type BookingState = FormState & { slots?: string[] };

export async function confirmBookingAction(target: { psychologistId: string; startsAt: string; reschedule?: string }, _previous: BookingState, form: FormData): Promise<BookingState> {
  const actor = await authorize(ROUTE_ROLES["/catalogue"]);
  let id: string;
  try {
    const appointment = target.reschedule
      ? await rescheduleAppointment(actor, target.reschedule, { startsAt: target.startsAt, acceptLateCharge: form.get("acceptLateCharge") === "on" })
      : await bookAppointment(actor, { psychologistId: target.psychologistId, startsAt: target.startsAt, direction: form.get("direction"), format: form.get("format") });
    id = appointment.id;
  } catch (error) {
    const state: BookingState = formFailure(error);
    // A lost race: the fresh times come back with the message, so the next try is one tap away.
    if (isAppError(error) && Array.isArray(error.details?.slots)) state.slots = error.details.slots as string[];
    return state;
  }
  redirect(`/cabinet?${target.reschedule ? "moved" : "booked"}=${id}`);
}
