import { withProblems } from "@/lib/http/problem";
import { receiveCallEvent } from "@/lib/sessions/receive-call-event";

/** LiveKit's webhooks: the signature is verified on the raw body, so it is read as text, untouched. */
export const POST = withProblems(
  async (request: Request) => {
    const outcome = await receiveCallEvent(await request.text(), request.headers.get("authorization"));
    return Response.json({ outcome }, { headers: { "cache-control": "no-store" } });
    // LiveKit's own server calls this, signed, for every join and leave of every room: not a caller to cap.
  },
  { limited: false },
);
