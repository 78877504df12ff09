import { authorize } from "@/lib/auth/guard";
import { appointmentCalendar } from "@/lib/booking/add-to-calendar";
import { withProblems } from "@/lib/http/problem";

/** The appointment as a calendar file (text/calendar), for its employee and its psychologist: the same event the e-mails carry. */
export const GET = withProblems(async (_request: Request, { params }: { params: Promise<{ appointmentId: string }> }) => {
  const actor = await authorize(["employee", "psychologist"]);
  const ics = await appointmentCalendar(actor, (await params).appointmentId);
  return new Response(ics, {
    headers: {
      "content-type": "text/calendar; charset=utf-8",
      "content-disposition": 'attachment; filename="harbor-appointment.ics"',
      "cache-control": "private, no-store",
    },
  });
});
