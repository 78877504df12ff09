/**
 * Proof of the sign-in address: registration sends a one-time link, and only once it is followed does
 * the account count in HR figures (lib/reports/month-facts). An employer can put identifiers in its
 * registry and register accounts of its own with them; this makes each such account cost an inbox it
 * reads, and makes "registered" mean people who received mail at the address they gave.
 */
import { z } from "zod";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import type { SqlRunner } from "@/lib/db/sql";
import { recipientLocale, translatorFor } from "@/lib/i18n/translator";
import { queueEmails } from "@/lib/notifications/queue-emails";
import { appUrl } from "@/lib/notifications/app-url";
import { hashSecretToken, newSecretToken } from "@/lib/security/secret-token";

/** Writes the link's token (hashed) on the account and queues the e-mail, in the caller's transaction. */
export async function queueEmailConfirmation(run: SqlRunner, user: { id: string; locale: string | null }): Promise<void> {
  const token = newSecretToken();
  await run.execute(Prisma.sql`UPDATE users SET email_confirm_token_hash = ${hashSecretToken(token)} WHERE id = ${user.id}::uuid`);
  const { t } = await translatorFor(recipientLocale(user.locale));
  await queueEmails(run, [
    { recipientId: user.id, subject: t("email.confirmEmail.subject"), text: t("email.confirmEmail.body", { link: appUrl(`/confirm-email/${token}`) }) },
  ]);
}

const ZConfirmToken = z.string().regex(/^[A-Za-z0-9_-]{43}$/);

export type EmailConfirmation = "confirmed" | "already" | "unknown";

/** Follows a confirmation link. Idempotent: a mail scanner opening it first does no harm, and a second click says it is done. */
export async function confirmEmail(token: string, now = new Date()): Promise<EmailConfirmation> {
  if (!ZConfirmToken.safeParse(token).success) return "unknown";
  const tokenHash = hashSecretToken(token);
  const { count } = await db().user.updateMany({ where: { emailConfirmTokenHash: tokenHash, emailConfirmedAt: null }, data: { emailConfirmedAt: now } });
  if (count) return "confirmed";
  return (await db().user.count({ where: { emailConfirmTokenHash: tokenHash } })) ? "already" : "unknown";
}
