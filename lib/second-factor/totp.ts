/**
 * Time-based one-time codes (RFC 6238: SHA-1, 6 digits, 30-second steps, what every authenticator
 * app speaks), through the `otpauth` library. A code is accepted one step either side of now, for
 * phones whose clocks drift; the caller refuses a step already used, so an overheard code is spent.
 */
import { Secret, TOTP } from "otpauth";

const ISSUER = "Harbor";

export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

function totp(secret: string, label = ""): TOTP {
  return new TOTP({ issuer: ISSUER, label, algorithm: "SHA1", digits: 6, period: 30, secret: Secret.fromBase32(secret) });
}

/** The otpauth:// address an authenticator app reads from the QR code. */
export function totpUri(secret: string, accountLabel: string): string {
  return totp(secret, accountLabel).toString();
}

/** The time step a valid code belongs to, or null. */
export function totpStepOf(secret: string, code: string, now = Date.now()): number | null {
  const delta = totp(secret).validate({ token: code, timestamp: now, window: 1 });
  return delta === null ? null : Math.floor(now / 30_000) + delta;
}

/** The current code: for the demo's own helper and for tests, never sent anywhere. */
export function currentTotpCode(secret: string, now = Date.now()): string {
  return totp(secret).generate({ timestamp: now });
}
