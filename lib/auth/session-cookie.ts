/**
 * The session cookie, read the way next-auth writes it. next-auth picks the cookie's name (and its
 * Secure flag) from NEXTAUTH_URL's scheme, not from the request: behind a TLS-terminating load
 * balancer the request arrives as http while the cookie is still the __Secure- one.
 */
import { decode, type JWT } from "next-auth/jwt";
import { env } from "@/lib/env";

export function sessionCookie(): { name: string; secure: boolean } {
  const secure = env().NEXTAUTH_URL?.startsWith("https://") ?? false;
  return { name: `${secure ? "__Secure-" : ""}next-auth.session-token`, secure };
}

/** The session cookie's value from a raw Cookie header (for requests served beside Next.js). */
export function sessionTokenFromCookieHeader(cookieHeader: string | null | undefined): string | undefined {
  const name = sessionCookie().name;
  return cookieHeader
    ?.split(";")
    .map((part) => part.trim())
    .find((part) => part.startsWith(`${name}=`))
    ?.slice(name.length + 1);
}

/** The verified token, or null for a missing, forged, corrupted or foreign cookie. */
export async function decodeSessionToken(raw: string | undefined): Promise<JWT | null> {
  if (!raw) return null;
  return decode({ token: raw, secret: env().NEXTAUTH_SECRET }).catch(() => null);
}
