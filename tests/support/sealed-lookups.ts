/** Finding sealed rows from tests: accounts by sign-in address, and the outbox opened per recipient. */
import { openAlias, openEmail, whereEmail } from "@/lib/auth/account-fields";
import { db } from "@/lib/db/client";
import { randomUUID } from "node:crypto";
import { openEmailContent, sealEmailContent } from "@/lib/notifications/email-content";

export interface OpenedEmail {
  id: string;
  to: string;
  subject: string;
  textBody: string;
  icsBody: string | null;
  status: string;
  createdAt: Date;
}

/** Every e-mail to these addresses, oldest first (optionally only those with this subject). */
export async function emailsTo(address: string | readonly string[], options: { subject?: string } = {}): Promise<OpenedEmail[]> {
  const addresses = typeof address === "string" ? [address] : address;
  const rows = await db().email.findMany({
    where: { recipient: { emailIndex: { in: addresses.map((a) => whereEmail(a).emailIndex) } } },
    orderBy: { createdAt: "asc" },
    include: { recipient: { select: { id: true, emailSealed: true } } },
  });
  return rows
    .map((row) => {
      const content = openEmailContent(row);
      return {
        id: row.id,
        to: openEmail(row.recipient),
        subject: content.subject,
        textBody: content.text,
        icsBody: content.ics,
        status: row.status,
        createdAt: row.createdAt,
      };
    })
    .filter((e) => options.subject === undefined || e.subject === options.subject);
}

/** The newest e-mail to this address; fails the test when there is none. */
export async function latestEmailTo(address: string, options: { subject?: string } = {}): Promise<OpenedEmail> {
  const all = await emailsTo(address, options);
  const latest = all.at(-1);
  if (!latest) throw new Error(`no e-mail to ${address}${options.subject ? ` with subject "${options.subject}"` : ""}`);
  return latest;
}

/** The account with this sign-in address, its address and alias opened. */
export async function userByEmail(address: string) {
  const row = await db().user.findUniqueOrThrow({ where: whereEmail(address) });
  return { ...row, email: openEmail(row), displayName: openAlias(row) };
}

/** One queued e-mail to this account, as the application would have queued it. */
export async function queueTestEmail(recipient: { id: string }, subject = "Your Harbor appointment") {
  const id = randomUUID();
  return db().email.create({ data: { id, recipientId: recipient.id, contentSealed: sealEmailContent(id, { subject, text: "…", ics: null }) } });
}
