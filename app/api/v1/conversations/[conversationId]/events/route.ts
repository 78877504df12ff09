import { authorize, authorizeCookieHeader } from "@/lib/auth/guard";
import { openMessageStream, resumePoint } from "@/lib/chat/message-stream";
import { EVENT_STREAM_HEADERS } from "@/lib/chat/node-event-stream";
import { withProblems } from "@/lib/http/problem";

type Params = { params: Promise<{ conversationId: string }> };

/**
 * The conversation as Server-Sent Events, resumed after Last-Event-ID (or ?after= on a first connect).
 * Under `npm start`, scripts/web.ts serves the streams it can before Next.js; this handler answers the
 * rest (refusals, as problem JSON) and every request under `next dev`.
 */
export const GET = withProblems(async (request: Request, { params }: Params) => {
  const roles = ["employee", "psychologist"] as const;
  const actor = await authorize(roles);
  const after = resumePoint(request.headers.get("last-event-id"), new URL(request.url).searchParams.get("after"));
  const cookie = request.headers.get("cookie") ?? undefined;
  const stillSignedIn = () => authorizeCookieHeader(cookie, roles).then(() => true);
  const stream = await openMessageStream(actor, (await params).conversationId, after, request.signal, stillSignedIn);
  return new Response(stream, { headers: EVENT_STREAM_HEADERS });
});
