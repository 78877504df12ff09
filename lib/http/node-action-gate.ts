/**
 * scripts/web.ts runs each server-action request through here before Next.js: the body is read
 * (only when its declared length is within the action limit; the proxy refuses the rest as 411/413),
 * checked by lib/http/action-body.ts, and either refused as a 400 or handed on to Next as a request
 * that replays the same bytes.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import { checkActionBody } from "./action-body";
import { ACTION_BODY_LIMIT_BYTES } from "./action-request";
import { replayRequest } from "./replay-request";

export function isServerActionPost(request: IncomingMessage): boolean {
  return request.method === "POST" && request.headers["next-action"] !== undefined;
}

/** The request to hand to Next (the original, or a replay of its body), or null when this answered it. */
export async function screenServerAction(request: IncomingMessage, response: ServerResponse): Promise<IncomingMessage | null> {
  const length = Number(request.headers["content-length"]);
  if (!Number.isSafeInteger(length) || length < 0 || length > ACTION_BODY_LIMIT_BYTES) return request;
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  const body = Buffer.concat(chunks);
  const refusal =
    body.length < length
      ? { status: 400, message: "The request ended before its declared length: it was cut short. Send it again." }
      : checkActionBody(request.headers["content-type"] ?? null, body);
  if (refusal) {
    response.writeHead(refusal.status, {
      "content-type": "text/plain; charset=utf-8",
      "cache-control": "no-store",
      "x-content-type-options": "nosniff",
    });
    response.end(refusal.message);
    return null;
  }
  return replayRequest(request, body);
}
