/** The account page's list of passkeys: rename, remove (audited). */
import { z } from "zod";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Actor } from "@/lib/auth/guard";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";

export interface PasskeySummary {
  id: string;
  name: string;
  createdAt: Date;
  lastUsedAt: Date | null;
}

export function listPasskeys(actor: Actor): Promise<PasskeySummary[]> {
  return db().passkey.findMany({
    where: { userId: actor.id },
    orderBy: { createdAt: "asc" },
    select: { id: true, name: true, createdAt: true, lastUsedAt: true },
  });
}

const ZRename = z.object({
  passkeyId: z.uuid(),
  name: z.string({ error: "errors.passkey.nameRequired" }).trim().min(1, "errors.passkey.nameRequired").max(60, "errors.passkey.nameTooLong"),
});

export async function renamePasskey(actor: Actor, input: unknown): Promise<void> {
  const { passkeyId, name } = ZRename.parse(input);
  const { count } = await db().passkey.updateMany({ where: { id: passkeyId, userId: actor.id }, data: { name } });
  if (!count) throw new AppError("not_found", "errors.passkey.notFound");
}

export async function removePasskey(actor: Actor, input: unknown): Promise<void> {
  const { passkeyId } = z.object({ passkeyId: z.uuid() }).parse(input);
  await db().$transaction(async (tx) => {
    const { count } = await tx.passkey.deleteMany({ where: { id: passkeyId, userId: actor.id } });
    if (!count) throw new AppError("not_found", "errors.passkey.notFound");
    await recordAudit(
      { action: "passkey.removed", actorId: actor.id, actorRole: actor.role, tenantId: actor.tenantId, targetType: "passkey", targetId: passkeyId },
      tx,
    );
  });
}
