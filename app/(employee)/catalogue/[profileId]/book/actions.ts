"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { ROUTE_ROLES } from "@/lib/auth/route-roles";
import { bookAppointment } from "@/lib/booking/book-appointment";
import { rescheduleAppointment } from "@/lib/booking/change-appointment";
import { isAppError } from "@/lib/errors";
import { defineAction, FORM_ARGS, text } from "@/lib/forms/action";
import { formFailure } from "@/lib/forms/form-failure";
import { type BookingState } from "@/lib/forms/form-state";

const ZBookingTarget = z.strictObject({ psychologistId: z.uuid(), startsAt: z.iso.datetime({ offset: true }), reschedule: z.uuid().optional() });

export const confirmBookingAction = defineAction(
  { roles: ROUTE_ROLES["/catalogue"], args: [ZBookingTarget, ...FORM_ARGS] },
  async (actor, target, _previous, form): Promise<BookingState> => {
    let id: string;
    try {
      const appointment = target.reschedule
        ? await rescheduleAppointment(actor, target.reschedule, { startsAt: target.startsAt, acceptLateCharge: form.get("acceptLateCharge") === "on" })
        : await bookAppointment(actor, {
            psychologistId: target.psychologistId,
            startsAt: target.startsAt,
            direction: text(form, "direction"),
            format: text(form, "format"),
          });
      id = appointment.id;
    } catch (error) {
      // A lost race: the fresh times come back with the message, so the next try is one tap away.
      if (isAppError(error) && Array.isArray(error.details?.slots)) return { ...(await formFailure(error)), slots: error.details.slots as string[] };
      throw error;
    }
    redirect(`/cabinet?${target.reschedule ? "moved" : "booked"}=${id}`);
  },
);
