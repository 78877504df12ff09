/**
 * Session lifetime: a session ends after SESSION_IDLE_MINUTES without a request, and in any case
 * SESSION_MAX_HOURS after sign-in. Both times travel in the signed JWT; proxy.ts slides the idle
 * window forward and the guard refuses an expired session even if the cookie survived.
 */
import { env } from "@/lib/env";

export interface SessionTimes {
  /** Seconds since the epoch when the person signed in. */
  authTime: number;
  /** Seconds since the epoch of the last request that refreshed the session. */
  lastSeen: number;
  /**
   * Milliseconds since the epoch when the person signed in: a password change ends the sessions signed
   * in before it, and whole seconds cannot tell one signed in a moment before the change from one after.
   */
  authTimeMs?: number;
}

export function nowSeconds(): number {
  return Math.floor(Date.now() / 1000);
}

export function sessionLimits() {
  const { SESSION_IDLE_MINUTES, SESSION_MAX_HOURS } = env();
  return { idleSeconds: SESSION_IDLE_MINUTES * 60, maxSeconds: SESSION_MAX_HOURS * 3600 };
}

export function sessionExpired(times: Partial<SessionTimes>, now = nowSeconds()): boolean {
  const { idleSeconds, maxSeconds } = sessionLimits();
  if (typeof times.authTime !== "number" || typeof times.lastSeen !== "number") return true;
  return now - times.lastSeen > idleSeconds || now - times.authTime > maxSeconds;
}

/** Refresh at most once a minute so a burst of requests does not rewrite the cookie each time. */
export const REFRESH_AFTER_SECONDS = 60;
