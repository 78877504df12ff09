import { authorize } from "@/lib/auth/guard";
import { openMessageStream, resumePoint } from "@/lib/chat/message-stream";
import { withProblems } from "@/lib/http/problem";

type Params = { params: Promise<{ conversationId: string }> };

/** The conversation as Server-Sent Events, resumed after Last-Event-ID (or ?after= on a first connect). */
export const GET = withProblems(async (request: Request, { params }: Params) => {
  const actor = await authorize(["employee", "psychologist"]);
  const after = resumePoint(request.headers.get("last-event-id"), new URL(request.url).searchParams.get("after"));
  const stream = await openMessageStream(actor, (await params).conversationId, after, request.signal);
  return new Response(stream, {
    headers: {
      "content-type": "text/event-stream; charset=utf-8",
      // no-transform keeps compression (which would buffer) away from the stream.
      "cache-control": "no-store, no-transform",
      "x-accel-buffering": "no",
    },
  });
});
