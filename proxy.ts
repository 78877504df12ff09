/**
 * Runs before every page and API request. It does not authorise anything (lib/auth/guard.ts does,
 * in every page, route and action); it keeps the session cookie honest and sets security headers:
 * - slides the idle window of a live session forward, and drops an expired session cookie;
 * - passes the requested path to pages, so a sign-in redirect can bring the person back;
 * - sends headers that keep pages out of frames and referrers off other sites.
 */
import { NextResponse, type NextRequest } from "next/server";
import { encode } from "next-auth/jwt";
import { env } from "@/lib/env";
import { nowSeconds, REFRESH_AFTER_SECONDS, sessionExpired, sessionLimits } from "@/lib/auth/session-policy";
import { decodeSessionToken, sessionCookie } from "@/lib/auth/session-cookie";

export async function proxy(request: NextRequest) {
  const forwarded = new Headers(request.headers);
  forwarded.set("x-harbor-path", request.nextUrl.pathname + request.nextUrl.search);
  const response = NextResponse.next({ request: { headers: forwarded } });
  setSecurityHeaders(response);

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

function setSecurityHeaders(response: NextResponse) {
  response.headers.set("X-Frame-Options", "DENY");
  response.headers.set("X-Content-Type-Options", "nosniff");
  response.headers.set("Referrer-Policy", "no-referrer");
  response.headers.set("Permissions-Policy", "camera=(self), microphone=(self), geolocation=()");
}

export const config = {
  // Registry uploads stream large bodies straight to disk; the proxy would buffer them.
  matcher: ["/((?!_next/static|_next/image|favicon.ico|icon.svg|api/v1/tenants/[^/]+/registry-imports).*)"],
};
