import { authorize } from "@/lib/auth/guard";
import { bookAppointment } from "@/lib/booking/book-appointment";
import { AppError } from "@/lib/errors";
import { withProblems } from "@/lib/http/problem";

/**
 * Book a free slot: POST {"psychologistId","startsAt","direction","format"} → 201 with the
 * appointment; 409 problem JSON with `slots` (fresh free times) when the time was just taken.
 */
export const POST = withProblems(async (request: Request) => {
  const actor = await authorize(["employee"]);
  // JSON only: a cross-site form cannot send it without a CORS preflight, which Harbor never allows.
  if (!request.headers.get("content-type")?.startsWith("application/json")) throw new AppError("bad_request", "errors.api.jsonRequired");
  const body = await request.json().catch(() => {
    throw new AppError("bad_request", "errors.api.invalidJson");
  });
  const appointment = await bookAppointment(actor, body);
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
