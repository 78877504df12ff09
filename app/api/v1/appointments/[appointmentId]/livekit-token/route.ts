import { authorize } from "@/lib/auth/guard";
import { withProblems } from "@/lib/http/problem";
import { issueCallToken } from "@/lib/sessions/issue-call-token";

/** A LiveKit token for the appointment's call: 200 {token, url, identity, expiresAt, mediaKey}; 409 outside its window. */
export const POST = withProblems(async (_request: Request, { params }: { params: Promise<{ appointmentId: string }> }) => {
  const actor = await authorize(["employee", "psychologist"]);
  const call = await issueCallToken(actor, (await params).appointmentId);
  return Response.json(
    { token: call.token, url: call.url, identity: call.identity, expiresAt: call.expiresAt.toISOString(), mediaKey: call.mediaKey },
    { headers: { "cache-control": "no-store" } },
  );
});
