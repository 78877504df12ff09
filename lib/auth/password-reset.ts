/**
 * "Forgot your password?": a one-time link by e-mail that lets the owner of the address choose a new
 * password. The request answers the same — in words and in time — whether an account has the address
 * or not, so the page cannot be used to learn who is a client. The link lives 30 minutes, works once,
 * is stored only as the SHA-256 of its token, and using it ends every session of the account.
 */
import { z } from "zod";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db/client";
import { inSqlTransaction } from "@/lib/db/sql";
import { Prisma } from "@/lib/generated/prisma/client";
import { AppError } from "@/lib/errors";
import { recipientLocale, translatorFor } from "@/lib/i18n/translator";
import { queueEmails } from "@/lib/notifications/queue-emails";
import { appUrl } from "@/lib/notifications/app-url";
import { consume } from "@/lib/security/rate-limit";
import { hashSecretToken, newSecretToken } from "@/lib/security/secret-token";
import { whereEmail } from "./account-fields";
import { hashPassword, MIN_PASSWORD_LENGTH } from "./password";

export const RESET_LINK_MINUTES = 30;
/**
 * Every request takes at least this long before it answers, so an address with an account (a row
 * and an e-mail written) and one without (nothing written) cannot be told apart by the clock.
 */
export const RESET_REQUEST_FLOOR_MS = 600;

const ZEmail = z.object({
  email: z.string({ error: "errors.passwordReset.emailRequired" }).trim().toLowerCase().pipe(z.email("errors.passwordReset.emailInvalid")),
});

export async function requestPasswordReset(input: unknown, context: { clientAddress: string }, now = new Date()): Promise<void> {
  const started = performance.now();
  try {
    const { email } = ZEmail.parse(input);
    await consume("passwordResetRequestsPerAddress", context.clientAddress, "errors.passwordReset.tooMany");
    await consume("passwordResetRequestsPerEmail", email, "errors.passwordReset.tooMany");
    const user = await db().user.findUnique({ where: whereEmail(email), select: { id: true, locale: true, status: true } });
    if (user?.status === "active") await sendResetLink(user, now);
  } finally {
    // A timer may fire a little early: wait until the floor has really passed.
    for (let wait = RESET_REQUEST_FLOOR_MS - (performance.now() - started); wait > 0; wait = RESET_REQUEST_FLOOR_MS - (performance.now() - started)) {
      await new Promise((resolve) => setTimeout(resolve, Math.ceil(wait)));
    }
  }
}

async function sendResetLink(user: { id: string; locale: string | null }, now: Date): Promise<void> {
  const token = newSecretToken();
  const { t } = await translatorFor(recipientLocale(user.locale));
  await inSqlTransaction(async (run) => {
    await run.execute(Prisma.sql`
      INSERT INTO password_resets (id, user_id, token_hash, expires_at)
      VALUES (gen_random_uuid(), ${user.id}::uuid, ${hashSecretToken(token)}, ${new Date(now.getTime() + RESET_LINK_MINUTES * 60_000)})`);
    await queueEmails(run, [
      {
        recipientId: user.id,
        subject: t("email.passwordReset.subject"),
        text: t("email.passwordReset.body", { link: appUrl(`/reset-password/${token}`), minutes: RESET_LINK_MINUTES }),
      },
    ]);
  });
}

const ZResetToken = z.string().regex(/^[A-Za-z0-9_-]{43}$/);

export const ZNewPassword = z
  .object({
    newPassword: z.string({ error: "errors.password.newRequired" }).min(MIN_PASSWORD_LENGTH, "errors.password.tooShort").max(200, "errors.password.tooLong"),
    confirmPassword: z.string({ error: "errors.password.confirmRequired" }),
  })
  .refine((v) => v.newPassword === v.confirmPassword, { path: ["confirmPassword"], message: "errors.password.mismatch" });

export type ResetLinkState = "valid" | "used" | "expired" | "unknown";

/** What a link is, for the page that opens it (before anything is typed). */
export async function resetLinkState(token: string, now = new Date()): Promise<ResetLinkState> {
  if (!ZResetToken.safeParse(token).success) return "unknown";
  const reset = await db().passwordReset.findUnique({ where: { tokenHash: hashSecretToken(token) }, select: { usedAt: true, expiresAt: true } });
  if (!reset) return "unknown";
  if (reset.usedAt) return "used";
  return reset.expiresAt <= now ? "expired" : "valid";
}

/**
 * Sets the new password through a valid link. Taking the link and changing the password are one
 * transaction, and the link is taken by an update that only one caller can win, so a link clicked
 * twice at once changes the password once. Every session signed in before now ends.
 */
export async function resetPassword(token: string, input: unknown, now = new Date()): Promise<void> {
  const data = ZNewPassword.parse(input);
  if (!ZResetToken.safeParse(token).success) throw new AppError("not_found", "errors.passwordReset.linkUnknown");
  const passwordHash = await hashPassword(data.newPassword);
  await db().$transaction(async (tx) => {
    const [taken] = await tx.$queryRaw<{ user_id: string }[]>(Prisma.sql`
      UPDATE password_resets SET used_at = ${now}
      WHERE token_hash = ${hashSecretToken(token)} AND used_at IS NULL AND expires_at > ${now}
      RETURNING user_id`);
    if (!taken) throw new AppError("conflict", `errors.passwordReset.link${await whyNot(token, now)}`);
    const user = await tx.user.update({
      where: { id: taken.user_id },
      data: { passwordHash, passwordChangedAt: now, mustChangePassword: false },
      select: { id: true, role: true, tenantId: true },
    });
    // The link proved the inbox: an address not yet confirmed counts as confirmed from now.
    await tx.user.updateMany({ where: { id: user.id, emailConfirmedAt: null }, data: { emailConfirmedAt: now } });
    // Any other link still out for this account is spent too.
    await tx.passwordReset.updateMany({ where: { userId: user.id, usedAt: null }, data: { usedAt: now } });
    await recordAudit({ action: "auth.password_reset", actorId: user.id, actorRole: user.role, tenantId: user.tenantId }, tx);
  });
}

async function whyNot(token: string, now: Date): Promise<"Used" | "Expired" | "Unknown"> {
  const state = await resetLinkState(token, now);
  return state === "used" ? "Used" : state === "expired" ? "Expired" : "Unknown";
}
