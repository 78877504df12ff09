/**
 * Runs before every page and API request. It does not authorise anything (lib/auth/guard.ts does,
 * in every page, route and action); it keeps the session cookie honest and sets security headers:
 * - slides the idle window of a live session forward, and drops an expired session cookie;
 * - passes the requested path to pages, so a sign-in redirect can bring the person back;
 * - sends the security headers (lib/http/security-headers), with a fresh script nonce per request
 *   that Next.js puts on its own scripts (it reads it from the request's policy header);
 * - refuses a server-action request from another site or with an oversized body as the 4xx it is.
 */
import { NextResponse, type NextRequest } from "next/server";
import { encode } from "next-auth/jwt";
import { env } from "@/lib/env";
import { nowSeconds, REFRESH_AFTER_SECONDS, sessionExpired, sessionLimits } from "@/lib/auth/session-policy";
import { decodeSessionToken, sessionCookie } from "@/lib/auth/session-cookie";
import { checkActionRequest } from "@/lib/http/action-request";
import { API_POLICY, pagePolicy, setSecurityHeaders } from "@/lib/http/security-headers";
import { livekitSettings } from "@/lib/sessions/livekit-settings";

export async function proxy(request: NextRequest) {
  const production = env().HARBOR_ENV === "production";
  const isApi = request.nextUrl.pathname.startsWith("/api/");
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const policy = isApi
    ? API_POLICY
    : pagePolicy(nonce, { production, development: process.env.NODE_ENV === "development", livekitUrl: livekitSettings()?.url });

  if (request.method === "POST" && request.headers.has("next-action")) {
    const refusal = checkActionRequest(request.headers);
    if (refusal) {
      const refused = new NextResponse(refusal.message, {
        status: refusal.status,
        headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" },
      });
      setSecurityHeaders(refused.headers, API_POLICY, production);
      return refused;
    }
  }

  const forwarded = new Headers(request.headers);
  forwarded.set("x-harbor-path", request.nextUrl.pathname + request.nextUrl.search);
  forwarded.set("x-nonce", nonce);
  forwarded.set("content-security-policy", policy);
  const response = NextResponse.next({ request: { headers: forwarded } });
  setSecurityHeaders(response.headers, policy, production, request.nextUrl.pathname);

  const { name: cookieName, secure } = sessionCookie();
  const raw = request.cookies.get(cookieName)?.value;
  if (!raw || request.nextUrl.pathname.startsWith("/api/auth")) return response;

  const token = await decodeSessionToken(raw);
  if (!token || sessionExpired(token)) {
    response.cookies.delete(cookieName);
    return response;
  }
  const now = nowSeconds();
  if (now - (token.lastSeen ?? 0) >= REFRESH_AFTER_SECONDS) {
    const { idleSeconds } = sessionLimits();
    const refreshed = await encode({ token: { ...token, lastSeen: now }, secret: env().NEXTAUTH_SECRET, maxAge: idleSeconds });
    response.cookies.set(cookieName, refreshed, { httpOnly: true, sameSite: "lax", path: "/", secure, maxAge: idleSeconds });
  }
  return response;
}

export const config = {
  // Registry uploads stream large bodies straight to disk; the proxy would buffer them.
  matcher: ["/((?!_next/static|_next/image|favicon.ico|icon.svg|api/v1/tenants/[^/]+/registry-imports).*)"],
};
