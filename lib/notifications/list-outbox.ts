/**
 * The development outbox: e-mails Harbor would have sent, readable by the platform admin when no
 * SMTP server is configured. Closed in production, where recipients and times of sessions are
 * nobody's business but the recipients'.
 */
import type { Actor } from "@/lib/auth/guard";
import { openEmail } from "@/lib/auth/account-fields";
import { db } from "@/lib/db/client";
import type { EmailStatus } from "@/lib/generated/prisma/enums";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { recordAudit } from "@/lib/audit/record-audit";
import { openEmailContent, type EmailContent } from "./email-content";

export interface OutboxEmail extends EmailContent {
  id: string;
  to: string;
  status: EmailStatus;
  createdAt: Date;
}

export async function listOutbox(actor: Actor, limit = 50): Promise<OutboxEmail[]> {
  if (actor.role !== "platform_admin") throw new AppError("forbidden", "errors.access.outbox");
  if (env().HARBOR_ENV === "production") throw new AppError("not_found", "errors.outbox.devOnly");
  // Recipients and session times are personal: reading them is on the record, like any such read.
  await recordAudit({ action: "outbox.read", actorId: actor.id, actorRole: actor.role });
  const rows = await db().email.findMany({
    orderBy: { createdAt: "desc" },
    take: limit,
    include: { recipient: { select: { id: true, emailSealed: true } } },
  });
  return rows.map((e) => ({ id: e.id, to: openEmail(e.recipient), status: e.status, createdAt: e.createdAt, ...openEmailContent(e) }));
}
