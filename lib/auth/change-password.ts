/**
 * A signed-in person replaces their password: the current one proves it is them (a session left
 * open on a shared computer is not enough). The change ends every session signed in before it,
 * including this one, and clears the one-time-password flag of operator-created accounts.
 */
import { z } from "zod";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db/client";
import type { Actor } from "./guard";
import { confirmCurrentPassword } from "./confirm-password";
import { hashPassword, MIN_PASSWORD_LENGTH } from "./password";

export const ZChangePasswordInput = z
  .object({
    currentPassword: z.string({ error: "errors.password.currentRequired" }).min(1, "errors.password.currentRequired").max(1024),
    newPassword: z.string({ error: "errors.password.newRequired" }).min(MIN_PASSWORD_LENGTH, "errors.password.tooShort").max(200, "errors.password.tooLong"),
    confirmPassword: z.string({ error: "errors.password.confirmRequired" }),
  })
  .refine((v) => v.newPassword === v.confirmPassword, { path: ["confirmPassword"], message: "errors.password.mismatch" })
  .refine((v) => v.newPassword !== v.currentPassword, { path: ["newPassword"], message: "errors.password.sameAsCurrent" });

export async function changePassword(actor: Actor, input: unknown, now = new Date()): Promise<void> {
  const data = ZChangePasswordInput.parse(input);
  await confirmCurrentPassword(actor, data.currentPassword, "currentPassword");
  const passwordHash = await hashPassword(data.newPassword);
  await db().$transaction(async (tx) => {
    await tx.user.update({ where: { id: actor.id }, data: { passwordHash, mustChangePassword: false, passwordChangedAt: now } });
    await recordAudit({ action: "auth.password_changed", actorId: actor.id, actorRole: actor.role, tenantId: actor.tenantId }, tx);
  });
}
