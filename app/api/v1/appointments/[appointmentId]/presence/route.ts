import { authorize } from "@/lib/auth/guard";
import { withProblems } from "@/lib/http/problem";
import { getCallPresence } from "@/lib/sessions/call-presence";

/** Whether the other side of the session is in its call now: 200 {otherInCall}; for the waiting room. */
export const GET = withProblems(async (_request: Request, { params }: { params: Promise<{ appointmentId: string }> }) => {
  const actor = await authorize(["employee", "psychologist"]);
  const presence = await getCallPresence(actor, (await params).appointmentId);
  return Response.json(presence, { headers: { "cache-control": "no-store" } });
});
