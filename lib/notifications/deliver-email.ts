/**
 * Sends one queued e-mail through SMTP_URL, or, without SMTP, files it in the outbox that
 * administrators read in development. Throws on an SMTP failure so the job queue retries it.
 */
import nodemailer, { type Transporter } from "nodemailer";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";

let transport: Transporter | undefined;

export async function deliverEmail(emailId: string): Promise<"sent" | "outbox" | "skipped"> {
  const email = await db().email.findUnique({ where: { id: emailId } });
  if (!email || email.status === "sent" || email.status === "outbox") return "skipped";
  const { SMTP_URL, MAIL_FROM } = env();
  if (!SMTP_URL) {
    await db().email.update({ where: { id: emailId }, data: { status: "outbox" } });
    return "outbox";
  }
  transport ??= nodemailer.createTransport(SMTP_URL);
  try {
    await transport.sendMail({
      from: MAIL_FROM,
      to: email.toAddress,
      subject: email.subject,
      text: email.textBody,
      ...(email.icsBody && { icalEvent: { filename: "appointment.ics", method: /METHOD:CANCEL/.test(email.icsBody) ? "CANCEL" : "PUBLISH", content: email.icsBody } }),
    });
  } catch (error) {
    await db().email.update({ where: { id: emailId }, data: { attempts: { increment: 1 }, lastError: String((error as Error).message).slice(0, 500) } });
    throw error;
  }
  await db().email.update({ where: { id: emailId }, data: { status: "sent", sentAt: new Date(), attempts: { increment: 1 }, lastError: null } });
  return "sent";
}
