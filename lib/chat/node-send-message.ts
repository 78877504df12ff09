/**
 * Sending a chat message, served by scripts/web.ts before Next.js, as the event streams are (decision
 * 0005): the same guard, the same lib/chat/send-message, the same answer — without Next's routing and
 * per-request set-up, which were most of a message's way to the other side. Only the plain case is
 * taken here: a same-site JSON POST within the size limit, from a session that needs no refreshed
 * cookie. Everything else — refusals, errors, a session due a new cookie — goes on to the route
 * handler in app/api with the same body, which answers it as problem JSON in the person's language.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import { authorizeCookieHeader } from "@/lib/auth/guard";
import { decodeSessionToken, sessionTokenFromCookieHeader } from "@/lib/auth/session-cookie";
import { nowSeconds, REFRESH_AFTER_SECONDS } from "@/lib/auth/session-policy";
import { env } from "@/lib/env";
import { isSameSiteOrNone } from "@/lib/http/action-request";
import { JSON_BODY_LIMIT_BYTES } from "@/lib/http/json-body";
import { replayRequest } from "@/lib/http/replay-request";
import { API_POLICY, setSecurityHeaders } from "@/lib/http/security-headers";
import { sendMessage } from "./send-message";

export const SEND_MESSAGE_PATH = /^\/api\/v1\/conversations\/([0-9a-f-]{36})\/messages$/;

/** The request for Next to answer (the original, or a replay of its body), or null when this answered it. */
export async function serveSendMessage(request: IncomingMessage, response: ServerResponse, conversationId: string): Promise<IncomingMessage | null> {
  const headers = new Headers();
  for (const [name, value] of Object.entries(request.headers)) if (typeof value === "string") headers.set(name, value);
  const length = Number(headers.get("content-length"));
  const plain =
    headers.get("content-type")?.startsWith("application/json") && Number.isSafeInteger(length) && length <= JSON_BODY_LIMIT_BYTES && isSameSiteOrNone(headers);
  if (!plain || (await sessionDueRefresh(headers.get("cookie")))) return request;

  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  const body = Buffer.concat(chunks);
  try {
    const actor = await authorizeCookieHeader(headers.get("cookie") ?? undefined, ["employee", "psychologist"]);
    const message = await sendMessage(actor, conversationId, JSON.parse(body.toString("utf8")));
    const answer = new Headers({ "content-type": "application/json", "cache-control": "no-store" });
    setSecurityHeaders(answer, API_POLICY, env().HARBOR_ENV === "production");
    response.writeHead(201, Object.fromEntries(answer));
    response.end(JSON.stringify(message));
    return null;
  } catch {
    // Not stored (sendMessage is one statement; a retried token stores nothing twice): the route handler says why.
    return replayRequest(request, body);
  }
}

/** The proxy re-issues the session cookie once a minute of use; such a request goes through it. */
async function sessionDueRefresh(cookieHeader: string | null): Promise<boolean> {
  const token = await decodeSessionToken(sessionTokenFromCookieHeader(cookieHeader));
  return !token || nowSeconds() - Number(token.lastSeen ?? 0) >= REFRESH_AFTER_SECONDS;
}
