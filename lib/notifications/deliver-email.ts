/**
 * Sends one queued e-mail through SMTP_URL, or, without SMTP, files it in the outbox that
 * administrators read in development. Throws on an SMTP failure so the job queue retries it; the
 * last attempt marks the e-mail failed, which the platform overview counts.
 */
import nodemailer, { type Transporter } from "nodemailer";
import { openEmail } from "@/lib/auth/account-fields";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { JOB_RETRY_LIMIT } from "@/lib/jobs/boss";
import { openEmailContent } from "./email-content";

/** The job's first attempt and each of its retries. */
export const EMAIL_DELIVERY_ATTEMPTS = JOB_RETRY_LIMIT + 1;

let configured: Transporter | undefined;

/** The SMTP transport from the environment; null means "no SMTP here: use the outbox". */
function smtpTransport(): Transporter | null {
  const { SMTP_URL } = env();
  if (!SMTP_URL) return null;
  configured ??= nodemailer.createTransport(SMTP_URL);
  return configured;
}

export async function deliverEmail(emailId: string, transport: Transporter | null = smtpTransport()): Promise<"sent" | "outbox" | "skipped"> {
  const email = await db().email.findUnique({ where: { id: emailId }, include: { recipient: { select: { id: true, emailSealed: true } } } });
  if (!email || email.status !== "queued") return "skipped";
  if (!transport) {
    await db().email.update({ where: { id: emailId }, data: { status: "outbox" } });
    return "outbox";
  }
  const content = openEmailContent(email);
  try {
    await transport.sendMail({
      from: env().MAIL_FROM,
      to: openEmail(email.recipient),
      subject: content.subject,
      text: content.text,
      ...(content.ics && {
        icalEvent: { filename: "appointment.ics", method: /METHOD:CANCEL/.test(content.ics) ? "CANCEL" : "PUBLISH", content: content.ics },
      }),
    });
  } catch (error) {
    const attempts = email.attempts + 1;
    await db().email.update({
      where: { id: emailId },
      data: { attempts, lastError: String((error as Error).message).slice(0, 500), ...(attempts >= EMAIL_DELIVERY_ATTEMPTS && { status: "failed" }) },
    });
    throw error;
  }
  await db().email.update({ where: { id: emailId }, data: { status: "sent", sentAt: new Date(), attempts: { increment: 1 }, lastError: null } });
  return "sent";
}
