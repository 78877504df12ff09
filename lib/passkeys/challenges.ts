/**
 * WebAuthn challenges kept server-side, each answered once: checking one deletes it in the same
 * statement, so a replayed answer finds nothing. Valid for five minutes.
 */
import { db } from "@/lib/db/client";

const LIFETIME_MS = 5 * 60_000;
export type ChallengePurpose = "register" | "sign-in";

export async function storeChallenge(purpose: ChallengePurpose, challenge: string, userId: string | null, now = new Date()): Promise<string> {
  await db().webauthnChallenge.deleteMany({ where: { expiresAt: { lt: now } } });
  const row = await db().webauthnChallenge.create({ data: { purpose, challenge, userId, expiresAt: new Date(now.getTime() + LIFETIME_MS) } });
  return row.id;
}

/** The challenge, spent: null when unknown, expired, already used or meant for something else. */
export async function takeChallenge(id: string, purpose: ChallengePurpose, userId: string | null, now = new Date()): Promise<string | null> {
  const [row] = await db().$queryRaw<{ challenge: string }[]>`
    DELETE FROM webauthn_challenges
    WHERE id = ${id}::uuid AND purpose = ${purpose} AND user_id IS NOT DISTINCT FROM ${userId}::uuid AND expires_at > ${now}
    RETURNING challenge`;
  return row?.challenge ?? null;
}
