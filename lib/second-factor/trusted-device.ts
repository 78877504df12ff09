/**
 * "Don't ask for a code on this device for 30 days": after a second factor, a signed cookie lets the
 * same account skip the code in this browser. It names the account and an expiry, and is bound to
 * the authenticator and the password it was earned with, so re-enrolling, removing the authenticator
 * or changing the password makes every such cookie worthless. It never replaces the password.
 */
import { createHmac, hkdfSync, timingSafeEqual } from "node:crypto";
import { env } from "@/lib/env";

export const TRUSTED_DEVICE_DAYS = 30;

const secureSite = () => env().NEXTAUTH_URL?.startsWith("https://") ?? false;

export function trustedDeviceCookieName(): string {
  return `${secureSite() ? "__Secure-" : ""}harbor.trusted-device`;
}

/** The cookie as the sign-in response sets it: unreadable by scripts, sent only to Harbor. */
export function trustedDeviceCookie(token: { value: string; maxAgeSeconds: number }) {
  return {
    name: trustedDeviceCookieName(),
    value: token.value,
    options: { httpOnly: true, sameSite: "lax" as const, secure: secureSite(), path: "/", maxAge: token.maxAgeSeconds },
  };
}

/** What the cookie is bound to: when the authenticator was confirmed and when the password last changed. */
export interface TrustBinding {
  userId: string;
  totpConfirmedAt: Date;
  passwordChangedAt: Date | null;
}

let key: Buffer | undefined;
function signingKey(): Buffer {
  key ??= Buffer.from(hkdfSync("sha256", env().NEXTAUTH_SECRET, Buffer.alloc(0), "harbor trusted device", 32));
  return key;
}

function mac(binding: TrustBinding, expiresAt: number): Buffer {
  const bound = `${binding.userId}.${expiresAt}.${binding.totpConfirmedAt.getTime()}.${binding.passwordChangedAt?.getTime() ?? 0}`;
  return createHmac("sha256", signingKey()).update(bound).digest();
}

export function trustedDeviceToken(binding: TrustBinding, now = Date.now()): { value: string; maxAgeSeconds: number } {
  const maxAgeSeconds = TRUSTED_DEVICE_DAYS * 86_400;
  const expiresAt = Math.floor(now / 1000) + maxAgeSeconds;
  return { value: `${binding.userId}.${expiresAt}.${mac(binding, expiresAt).toString("base64url")}`, maxAgeSeconds };
}

export function isTrustedDevice(token: string | undefined, binding: TrustBinding, now = Date.now()): boolean {
  const [userId, expires, signature] = token?.split(".") ?? [];
  const expiresAt = Number(expires);
  if (userId !== binding.userId || !Number.isSafeInteger(expiresAt) || expiresAt * 1000 < now || !signature) return false;
  const expected = mac(binding, expiresAt);
  const given = Buffer.from(signature, "base64url");
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** The cookie's value from a raw Cookie header (next-auth hands authorize() the request's headers). */
export function trustedDeviceFromCookieHeader(cookieHeader: string | null | undefined): string | undefined {
  const name = trustedDeviceCookieName();
  return cookieHeader
    ?.split(";")
    .map((part) => part.trim())
    .find((part) => part.startsWith(`${name}=`))
    ?.slice(name.length + 1);
}
