/**
 * The conversation's event stream written straight to a Node response, for scripts/web.ts to serve
 * before Next.js sees the request. The stream is the same (lib/chat/message-stream.ts) and so is the
 * guard; what is saved is Next's per-request machinery kept alive for as long as a stream stays
 * open — most of a stream's memory, and a hop of its latency (decision 0005).
 * Anything refused (no session, not their conversation) is left to the route handler in app/api,
 * which answers it as problem JSON in the person's language: this returns false and writes nothing.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import { authorizeCookieHeader } from "@/lib/auth/guard";
import { env } from "@/lib/env";
import { isAppError } from "@/lib/errors";
import { API_POLICY, setSecurityHeaders } from "@/lib/http/security-headers";
import { openMessageStream, resumePoint } from "./message-stream";

export const EVENT_STREAM_PATH = /^\/api\/v1\/conversations\/([0-9a-f-]{36})\/events(?:\?.*)?$/;

export const EVENT_STREAM_HEADERS = {
  "content-type": "text/event-stream; charset=utf-8",
  // no-transform keeps compression (which would buffer) away from the stream.
  "cache-control": "no-store, no-transform",
  "x-accel-buffering": "no",
} as const;

export async function serveEventStream(request: IncomingMessage, response: ServerResponse, conversationId: string): Promise<boolean> {
  const abort = new AbortController();
  let stream: ReadableStream<Uint8Array>;
  try {
    const roles = ["employee", "psychologist"] as const;
    const actor = await authorizeCookieHeader(request.headers.cookie, roles);
    const after = resumePoint(headerValue(request.headers["last-event-id"]), new URL(request.url ?? "/", "http://harbor").searchParams.get("after"));
    const stillSignedIn = () => authorizeCookieHeader(request.headers.cookie, roles).then(() => true);
    stream = await openMessageStream(actor, conversationId, after, abort.signal, stillSignedIn);
  } catch (error) {
    if (isAppError(error)) return false;
    throw error;
  }
  const headers = new Headers(EVENT_STREAM_HEADERS);
  setSecurityHeaders(headers, API_POLICY, env().HARBOR_ENV === "production");
  response.writeHead(200, Object.fromEntries(headers));
  response.flushHeaders();
  const reader = stream.getReader();
  response.on("close", () => {
    abort.abort();
    void reader.cancel().catch(() => undefined);
  });
  for (let next = await reader.read(); !next.done; next = await reader.read()) response.write(next.value);
  response.end();
  return true;
}

function headerValue(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}
