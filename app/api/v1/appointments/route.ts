import { authorize } from "@/lib/auth/guard";
import { bookAppointment } from "@/lib/booking/book-appointment";
import { readJsonBody } from "@/lib/http/json-body";
import { withProblems } from "@/lib/http/problem";

/**
 * Book a free slot: POST {"psychologistId","startsAt","direction","format"} → 201 with the
 * appointment; 409 problem JSON with `slots` (fresh free times) when the time was just taken.
 */
export const POST = withProblems(async (request: Request) => {
  const actor = await authorize(["employee"]);
  const appointment = await bookAppointment(actor, await readJsonBody(request));
  return Response.json(
    {
      id: appointment.id,
      startsAt: appointment.startsAt,
      endsAt: appointment.endsAt,
      direction: appointment.direction,
      format: appointment.format,
      status: appointment.status,
    },
    { status: 201, headers: { "cache-control": "no-store" } },
  );
});
