/**
 * Appends one audit event. Events name the action and the ids involved, never content: the audit
 * log must itself be safe to show to a platform administrator.
 */
import type { Role } from "@/lib/auth/roles";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";

/** Every action the audit log records: a closed list, so each has words on the platform admin's page. */
export const AUDIT_ACTIONS = [
  "auth.sign_in",
  "auth.sign_in_failed",
  "auth.password_changed",
  "auth.password_reset",
  "second_factor.totp_enabled",
  "second_factor.totp_removed",
  "second_factor.recovery_codes_renewed",
  "second_factor.recovery_code_used",
  "passkey.added",
  "passkey.removed",
  "keys.rotation_requested",
  "note.read",
  "outbox.read",
  "psychologist.created",
  "psychologist.published",
  "psychologist.hidden",
  "psychologist.changes_approved",
  "psychologist.changes_rejected",
  "qualification.verified",
  "qualification.rejected",
  "review.approved",
  "review.rejected",
  "registry.imported",
  "report_token.create",
  "report_token.revoke",
  "report_token.used",
  "report.exported",
  "own_data.exported",
  "account.deleted",
  "tenant.created",
  "tenant.updated",
  "tenant.suspended",
  "tenant.reactivated",
  "crisis_line.saved",
  "crisis_line.deleted",
  "risk_flag.raised",
  "risk_flag.followed_up",
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export interface AuditInput {
  action: AuditAction;
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
