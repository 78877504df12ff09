/**
 * One cap on every JSON API call, per caller, shared by every server process (lib/security/rate-limit):
 * a signed-in person by their account, an HR token by the token, anyone else by their network
 * address. It sits under the per-purpose limits (sign-in, chat, call tokens): those say how often a
 * thing may be done; this stops a script from hammering the API as a whole.
 */
import { createHash } from "node:crypto";
import { decodeSessionToken, sessionTokenFromCookieHeader } from "@/lib/auth/session-cookie";
import { consume } from "@/lib/security/rate-limit";
import { clientAddress } from "./client-address";

/** Who a request counts against: the account of a valid session, the bearer token, or else the address. */
export async function apiCallerKey(request: Request): Promise<string> {
  const bearer = /^Bearer\s+(\S+)\s*$/i.exec(request.headers.get("authorization") ?? "")?.[1];
  if (bearer) return `token:${createHash("sha256").update(bearer).digest("base64url")}`;
  const session = await decodeSessionToken(sessionTokenFromCookieHeader(request.headers.get("cookie")));
  if (typeof session?.sub === "string") return `user:${session.sub}`;
  return `address:${clientAddress(request.headers)}`;
}

/** Spends one API call for the request's caller; a clear 429 with Retry-After when the minute's calls are spent. */
export async function limitApiCall(request: Request): Promise<void> {
  await consume("apiCallsPerCaller", await apiCallerKey(request), "errors.api.tooManyRequests");
}
