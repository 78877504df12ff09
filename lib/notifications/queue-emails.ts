/**
 * Puts e-mails in the outbox inside the caller's transaction, sealed, with one delivery job each.
 * Recipients are accounts: the address is opened only when the e-mail is sent.
 */
import { randomUUID } from "node:crypto";
import type { SqlRunner } from "@/lib/db/sql";
import { Prisma } from "@/lib/generated/prisma/client";
import { enqueueMany, type NewJob } from "@/lib/jobs/enqueue";
import { sealEmailContent } from "./email-content";

export interface OutgoingEmail {
  recipientId: string;
  subject: string;
  text: string;
  ics?: string | null;
}

export async function queueEmails(run: SqlRunner, emails: OutgoingEmail[], alsoEnqueue: NewJob[] = []): Promise<string[]> {
  const rows = emails.map((e) => {
    const id = randomUUID();
    return { id, recipientId: e.recipientId, content: Buffer.from(sealEmailContent(id, { subject: e.subject, text: e.text, ics: e.ics ?? null })) };
  });
  if (rows.length > 0) {
    await run.execute(Prisma.sql`
      INSERT INTO emails (id, recipient_id, content_sealed)
      SELECT * FROM unnest(${rows.map((r) => r.id)}::uuid[], ${rows.map((r) => r.recipientId)}::uuid[], ${rows.map((r) => r.content)}::bytea[])`);
  }
  await enqueueMany(run, [...alsoEnqueue, ...rows.map((r) => ({ name: "email.deliver" as const, data: { emailId: r.id } }))]);
  return rows.map((r) => r.id);
}
