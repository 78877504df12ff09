/**
 * A web process of its own for the chat tests: it serves one conversation's event stream the way
 * the route handler does (lib/chat/message-stream.ts, this process's own LISTEN connection), so a
 * test can drop a stream on one process and resume it on another. The user is named in the query,
 * standing in for the session cookie the route reads.
 */
import http from "node:http";
import { resolveActor } from "@/lib/auth/guard";
import { nowSeconds } from "@/lib/auth/session-policy";
import { db } from "@/lib/db/client";
import { isAppError } from "@/lib/errors";
import { openMessageStream, resumePoint } from "@/lib/chat/message-stream";

const server = http.createServer(async (request, response) => {
  const url = new URL(request.url ?? "/", "http://localhost");
  const abort = new AbortController();
  request.on("close", () => abort.abort());
  try {
    const user = await db().user.findUniqueOrThrow({ where: { id: url.searchParams.get("user") ?? "" } });
    // The session as the cookie would carry it: signed in now (or at ?signedInAt= in milliseconds).
    const authTimeMs = Number(url.searchParams.get("signedInAt") ?? Date.now());
    const claims = { userId: user.id, role: user.role, authTime: Math.floor(authTimeMs / 1000), authTimeMs, lastSeen: nowSeconds() };
    const actor = await resolveActor(claims, [user.role]);
    const after = resumePoint(request.headers["last-event-id"] as string | undefined, url.searchParams.get("after"));
    const stillSignedIn = () => resolveActor({ ...claims, lastSeen: nowSeconds() }, [user.role]).then(() => true);
    const stream = await openMessageStream(actor, url.searchParams.get("conversation") ?? "", after, abort.signal, stillSignedIn);
    response.writeHead(200, { "content-type": "text/event-stream" });
    const reader = stream.getReader();
    for (let next = await reader.read(); !next.done; next = await reader.read()) response.write(next.value);
    response.end();
  } catch (error) {
    // Refusals answer as the route does: the error's own status and message key (problem JSON's code).
    if (isAppError(error)) response.writeHead(error.status, { "content-type": "application/json" }).end(JSON.stringify({ code: error.message }));
    else response.writeHead(500).end(String(error));
  }
});
server.listen(0, "127.0.0.1", () => {
  const address = server.address();
  console.log(`listening ${typeof address === "object" && address ? address.port : 0}`);
});
