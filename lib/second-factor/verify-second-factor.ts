/**
 * The second step of signing in, for accounts with an authenticator: a six-digit code (each time
 * step accepted once), a recovery code (each once), or a device trusted after an earlier code.
 * Wrong codes are limited per account, atomically, like passwords (lib/security/rate-limit).
 */
import { db } from "@/lib/db/client";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Role } from "@/lib/auth/roles";
import { reserve } from "@/lib/security/rate-limit";
import { spendRecoveryCode } from "./recovery-codes";
import { openTotpSecret } from "./totp-secret";
import { totpStepOf } from "./totp";
import { isTrustedDevice, type TrustBinding } from "./trusted-device";

export type SecondFactorOutcome =
  | { ok: true; binding: TrustBinding | null }
  | { ok: false; refusal: "second_factor_required" | "invalid_second_factor" }
  | { ok: false; refusal: "rate_limited"; retryAfterSeconds: number };

export async function verifySecondFactor(
  user: { id: string; role: Role; tenantId: string | null },
  input: { code?: string; trustedDeviceToken?: string },
  now = new Date(),
): Promise<SecondFactorOutcome> {
  const account = await db().user.findUniqueOrThrow({
    where: { id: user.id },
    select: { passwordChangedAt: true, totpFactor: { select: { secretSealed: true, confirmedAt: true } } },
  });
  const factor = account.totpFactor;
  if (!factor?.confirmedAt) return { ok: true, binding: null };
  const binding = { userId: user.id, totpConfirmedAt: factor.confirmedAt, passwordChangedAt: account.passwordChangedAt };
  const code = input.code?.trim();
  if (!code)
    return isTrustedDevice(input.trustedDeviceToken, binding, now.getTime()) ? { ok: true, binding } : { ok: false, refusal: "second_factor_required" };

  const attempt = await reserve("secondFactorFailuresPerAccount", user.id);
  if (!attempt.allowed) return { ok: false, refusal: "rate_limited", retryAfterSeconds: attempt.retryAfterSeconds };
  const accepted = /^\d{6}$/.test(code)
    ? await spendTotpCode(user.id, openTotpSecret(user.id, factor.secretSealed), code, now)
    : await spendRecoveryCodeAtSignIn(user, code);
  if (!accepted) return { ok: false, refusal: "invalid_second_factor" };
  await attempt.refund();
  return { ok: true, binding };
}

/** Accepts the code's time step only if it is newer than the last one used, in one statement. */
async function spendTotpCode(userId: string, secret: string, code: string, now: Date): Promise<boolean> {
  const step = totpStepOf(secret, code, now.getTime());
  if (step === null) return false;
  const { count } = await db().totpFactor.updateMany({
    where: { userId, confirmedAt: { not: null }, OR: [{ lastUsedStep: null }, { lastUsedStep: { lt: step } }] },
    data: { lastUsedStep: step },
  });
  return count === 1;
}

async function spendRecoveryCodeAtSignIn(user: { id: string; role: Role; tenantId: string | null }, code: string): Promise<boolean> {
  return db().$transaction(async (tx) => {
    if (!(await spendRecoveryCode(tx, user.id, code))) return false;
    await recordAudit({ action: "second_factor.recovery_code_used", actorId: user.id, actorRole: user.role, tenantId: user.tenantId }, tx);
    return true;
  });
}
