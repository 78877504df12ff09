/** The audit log for the operator: actions and ids, never content. */
import type { Actor } from "@/lib/auth/guard";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";

export async function listAuditEvents(actor: Actor, options: { limit?: number } = {}) {
  if (actor.role !== "platform_admin") throw new AppError("forbidden", "errors.access.auditLog");
  const events = await db().auditEvent.findMany({
    orderBy: { id: "desc" },
    take: Math.min(options.limit ?? 50, 200),
    select: { id: true, at: true, action: true, actorRole: true, tenantId: true, targetType: true, targetId: true },
  });
  return events.map((e) => ({ ...e, id: e.id.toString() }));
}
