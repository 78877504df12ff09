/**
 * Sends one queued e-mail through SMTP_URL, or, without SMTP, files it in the outbox that
 * administrators read in development. Throws on an SMTP failure so the job queue retries it; the
 * last attempt marks the e-mail failed, which the platform overview counts.
 *
 * A worker can die mid-send (killed, host gone). pg-boss then runs the job again once its expiry
 * passes, and the e-mail must go out once, not twice: the worker claims the row before talking to
 * SMTP, a second run leaves a claim younger than the expiry alone (its owner may still be sending),
 * and SMTP is given less time than the expiry. What cannot be known is whether a server that never
 * answered the final "." kept the message; the Message-ID is the e-mail's id, so a receiving server
 * or mail client that sees it twice can tell.
 */
import nodemailer, { type Transporter } from "nodemailer";
import { Prisma } from "@/lib/generated/prisma/client";
import { openEmail } from "@/lib/auth/account-fields";
import { db } from "@/lib/db/client";
import { sqlRows } from "@/lib/db/sql";
import { env } from "@/lib/env";
import { EMAIL_JOB_EXPIRY_SECONDS, JOB_RETRY_LIMIT } from "@/lib/jobs/boss";
import { appUrl } from "./app-url";
import { openEmailContent } from "./email-content";

/** The job's first attempt and each of its retries. */
export const EMAIL_DELIVERY_ATTEMPTS = JOB_RETRY_LIMIT + 1;

/** Connect, greeting and idle limits that together stay well inside the job's expiry. */
const SMTP_TIMEOUTS = { connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 20_000 };

let configured: Transporter | undefined;

/** The SMTP transport from the environment; null means "no SMTP here: use the outbox". */
function smtpTransport(): Transporter | null {
  const { SMTP_URL } = env();
  if (!SMTP_URL) return null;
  configured ??= nodemailer.createTransport({ url: SMTP_URL, ...SMTP_TIMEOUTS });
  return configured;
}

export async function deliverEmail(emailId: string, transport: Transporter | null = smtpTransport()): Promise<"sent" | "outbox" | "skipped"> {
  const email = await db().email.findUnique({ where: { id: emailId }, include: { recipient: { select: { id: true, emailSealed: true } } } });
  if (!email || email.status !== "queued") return "skipped";
  if (!transport) {
    await db().email.update({ where: { id: emailId }, data: { status: "outbox" } });
    return "outbox";
  }
  const attempts = await claim(emailId);
  if (attempts === null) {
    const now = await db().email.findUnique({ where: { id: emailId }, select: { status: true } });
    if (now?.status !== "queued") return "skipped";
    // The queue retries later, by when the other worker has finished (skipped then) or its claim has lapsed.
    throw new Error(`e-mail ${emailId} is being sent by another worker`);
  }
  const content = openEmailContent(email);
  try {
    await transport.sendMail({
      from: env().MAIL_FROM,
      to: openEmail(email.recipient),
      messageId: `<${email.id}@${new URL(appUrl("/")).hostname}>`,
      subject: content.subject,
      text: content.text,
      ...(content.ics && {
        icalEvent: { filename: "appointment.ics", method: /METHOD:CANCEL/.test(content.ics) ? "CANCEL" : "PUBLISH", content: content.ics },
      }),
    });
  } catch (error) {
    await db().email.update({
      where: { id: emailId },
      data: { claimedAt: null, lastError: String((error as Error).message).slice(0, 500), ...(attempts >= EMAIL_DELIVERY_ATTEMPTS && { status: "failed" }) },
    });
    throw error;
  }
  await db().email.update({ where: { id: emailId }, data: { status: "sent", sentAt: new Date(), claimedAt: null, lastError: null } });
  return "sent";
}

/** Claims a queued e-mail for this worker and counts the attempt; null when a fresh claim is someone else's. */
async function claim(emailId: string): Promise<number | null> {
  const [claimed] = await sqlRows<{ attempts: number }>(Prisma.sql`
    UPDATE emails SET claimed_at = now(), attempts = attempts + 1
    WHERE id = ${emailId}::uuid AND status = 'queued'
      AND (claimed_at IS NULL OR claimed_at < now() - make_interval(secs => ${EMAIL_JOB_EXPIRY_SECONDS}))
    RETURNING attempts`);
  return claimed?.attempts ?? null;
}
