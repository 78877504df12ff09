/**
 * Appends one audit event. Events name the action and the ids involved, never content: the audit
 * log must itself be safe to show to a platform administrator.
 */
import type { Role } from "@/lib/auth/roles";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";

export interface AuditInput {
  action: string;
  actorId?: string | null;
  actorRole?: Role | null;
  tenantId?: string | null;
  targetType?: string;
  targetId?: string;
  meta?: Prisma.InputJsonObject;
}

export async function recordAudit(input: AuditInput, client: Pick<Prisma.TransactionClient, "auditEvent"> = db()): Promise<void> {
  await client.auditEvent.create({
    data: {
      action: input.action,
      actorId: input.actorId ?? null,
      actorRole: input.actorRole ?? null,
      tenantId: input.tenantId ?? null,
      targetType: input.targetType ?? null,
      targetId: input.targetId ?? null,
      meta: input.meta ?? {},
    },
  });
}
