/**
 * Signing out. Sessions are JWTs kept by the browser, so deleting the cookie alone would leave a copy
 * of the token (and any chat stream opened with it) working until it expires: the session is written
 * down as ended until it could have expired anyway, which the guard checks on every request and which
 * tells open streams at once (the table's trigger signals them; see the revoked_sessions migration).
 */
import { db } from "@/lib/db/client";
import { sessionLimits } from "./session-policy";

export async function recordSignOut(session: { userId: string; authTimeMs: number | undefined }, now = new Date()): Promise<void> {
  if (session.authTimeMs === undefined) return; // a session from before tokens carried milliseconds ends with its cookie
  const expiresAt = new Date(session.authTimeMs + sessionLimits().maxSeconds * 1000);
  if (expiresAt <= now) return;
  await db().revokedSession.upsert({
    where: { userId_authTimeMs: { userId: session.userId, authTimeMs: BigInt(session.authTimeMs) } },
    create: { userId: session.userId, authTimeMs: BigInt(session.authTimeMs), expiresAt },
    update: {},
  });
  // Rows past any session's lifetime say nothing any more.
  await db().revokedSession.deleteMany({ where: { expiresAt: { lt: now } } });
}
