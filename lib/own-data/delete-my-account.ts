/**
 * An employee deletes their own account. In one transaction: future sessions are cancelled (the
 * psychologist is told), everything written by or about the person that the retention rules let go
 * is deleted, and the account row itself is emptied of everything personal — it stays only as an
 * anonymous id, so the employer's used-session count, the psychologist's ratings and every HR figure
 * already published do not move (a figure that changed when someone left would tell who left).
 *
 * Kept, and why (said on the page before the person confirms, see messages "security.delete"):
 * - held and cancelled sessions as dates and formats: the contract's used-session count;
 * - star ratings and programme scores, without text: the psychologist's rating and HR's figures;
 * - the psychologist's own session notes: their professional record, sealed, which professional
 *   rules require them to keep;
 * - audit events: append-only, holding ids and actions, never content.
 */
import { randomBytes } from "node:crypto";
import { z } from "zod";
import { emailColumns } from "@/lib/auth/account-fields";
import { confirmCurrentPassword } from "@/lib/auth/confirm-password";
import type { Actor } from "@/lib/auth/guard";
import { recordAudit } from "@/lib/audit/record-audit";
import { invalidateNextSlot } from "@/lib/catalogue/refresh-next-slots";
import { db, WRITE_TRANSACTION } from "@/lib/db/client";
import { viaPrisma } from "@/lib/db/sql";
import { AppError } from "@/lib/errors";
import { notifyAppointment } from "@/lib/notifications/notify-appointment";

export const ZDeleteAccountInput = z.object({
  password: z.string().min(1, "errors.deleteAccount.password"),
  understood: z.literal("on", { error: "errors.deleteAccount.understood" }),
});

export interface DeletedAccountSummary {
  cancelledSessions: number;
  deletedMessages: number;
  deletedHomework: number;
}

export async function deleteMyAccount(actor: Actor, input: unknown, now = new Date()): Promise<DeletedAccountSummary> {
  if (actor.role !== "employee") throw new AppError("forbidden", "errors.deleteAccount.employeesOnly");
  const { password } = ZDeleteAccountInput.parse(input);
  await confirmCurrentPassword(actor, password, "password");

  return db().$transaction(async (tx) => {
    // The row lock makes a double click (or two tabs) delete once; the second finds nothing left.
    const [locked] = await tx.$queryRaw<{ status: string }[]>`SELECT status::text FROM users WHERE id = ${actor.id}::uuid FOR UPDATE`;
    if (!locked || locked.status !== "active") throw new AppError("not_found", "errors.deleteAccount.gone");

    const future = await tx.appointment.findMany({ where: { employeeId: actor.id, status: "booked", startsAt: { gt: now } } });
    for (const appointment of future) {
      await tx.appointment.update({
        where: { id: appointment.id },
        data: { status: "cancelled", cancelledAt: now, cancelledBy: "employee", countsAgainstQuota: false },
      });
      await invalidateNextSlot(viaPrisma(tx), appointment.psychologistId);
      await notifyAppointment(viaPrisma(tx), appointment, "cancelled", { parties: ["psychologist"] });
    }
    const messages = await tx.message.deleteMany({ where: { conversation: { employeeId: actor.id } } });
    const homework = await tx.homeworkTask.deleteMany({ where: { employeeId: actor.id } });
    await tx.feedback.updateMany({ where: { employeeId: actor.id }, data: { commentSealed: null } });
    await tx.email.deleteMany({ where: { recipientId: actor.id } });
    await tx.notification.deleteMany({ where: { userId: actor.id } });
    await tx.passkey.deleteMany({ where: { userId: actor.id } });
    await tx.recoveryCode.deleteMany({ where: { userId: actor.id } });
    await tx.totpFactor.deleteMany({ where: { userId: actor.id } });
    await tx.passwordReset.deleteMany({ where: { userId: actor.id } });
    await tx.user.update({
      where: { id: actor.id },
      data: {
        // A random address nobody can type: the sealed column stays well-formed for key rotation,
        // and the blind index finds nothing, so the old address can register anew.
        ...emailColumns(actor.id, `deleted-${randomBytes(16).toString("hex")}@deleted.invalid`),
        displayNameSealed: null,
        passwordHash: "!deleted",
        status: "deleted",
        // Unlinked from the employer's registry: the identifier may register again, as a new person.
        registryEntryId: null,
        locale: null,
        timeZone: null,
        emailConfirmTokenHash: null,
        // Every session of the account ends now (the guard also refuses any status but active).
        passwordChangedAt: now,
      },
    });
    await recordAudit({ action: "account.deleted", actorId: actor.id, actorRole: actor.role, tenantId: actor.tenantId }, tx);
    return { cancelledSessions: future.length, deletedMessages: messages.count, deletedHomework: homework.count };
  }, WRITE_TRANSACTION);
}
