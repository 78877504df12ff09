/**
 * Everything Harbor holds about an employee, for the employee alone, as one JSON document (GDPR
 * art. 15 and 20): the account, sessions, messages, homework, reviews, programme answers, sign-in
 * methods and the audit events about them. Sealed values are opened for the export; nothing about
 * anyone else is included beyond the psychologist's public name.
 */
import type { Actor } from "@/lib/auth/guard";
import { toChatMessage } from "@/lib/chat/chat-message";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { openReviewText } from "@/lib/feedback/review-text";
import { homeworkItem, HOMEWORK_SELECT } from "@/lib/tasks/homework-item";

export const EXPORT_FORMAT = "harbor-own-data/1";

export async function exportMyData(actor: Actor, now = new Date()) {
  if (actor.role !== "employee") throw new AppError("forbidden", "errors.access.page");
  const id = actor.id;
  const [account, appointments, conversations, homework, feedback, nps, passkeys, totp, audit] = await Promise.all([
    db().user.findUniqueOrThrow({
      where: { id },
      select: { createdAt: true, locale: true, timeZone: true, emailConfirmedAt: true, passwordChangedAt: true, tenant: { select: { name: true } } },
    }),
    db().appointment.findMany({
      where: { employeeId: id },
      orderBy: { startsAt: "asc" },
      select: {
        id: true,
        startsAt: true,
        endsAt: true,
        direction: true,
        format: true,
        status: true,
        topic: true,
        cancelledAt: true,
        cancelledBy: true,
        psychologist: { select: { displayName: true } },
      },
    }),
    db().conversation.findMany({
      where: { employeeId: id },
      select: {
        id: true,
        employeeId: true,
        psychologist: { select: { displayName: true } },
        messages: { orderBy: { id: "asc" }, select: { id: true, senderId: true, keyId: true, iv: true, ciphertext: true, createdAt: true, readAt: true } },
      },
    }),
    db().homeworkTask.findMany({ where: { employeeId: id }, orderBy: { createdAt: "asc" }, select: HOMEWORK_SELECT }),
    db().feedback.findMany({
      where: { employeeId: id },
      orderBy: { createdAt: "asc" },
      select: { id: true, appointmentId: true, rating: true, commentSealed: true, reviewStatus: true, createdAt: true },
    }),
    db().npsRequest.findMany({ where: { employeeId: id }, orderBy: { askedAt: "asc" }, select: { askedAt: true, score: true, answeredAt: true } }),
    db().passkey.findMany({ where: { userId: id }, orderBy: { createdAt: "asc" }, select: { name: true, createdAt: true, lastUsedAt: true } }),
    db().totpFactor.findUnique({ where: { userId: id }, select: { confirmedAt: true } }),
    db().auditEvent.findMany({ where: { actorId: id }, orderBy: { id: "asc" }, select: { at: true, action: true } }),
  ]);
  await recordAudit({ action: "own_data.exported", actorId: id, actorRole: actor.role, tenantId: actor.tenantId });
  return {
    format: EXPORT_FORMAT,
    exportedAt: now.toISOString(),
    account: {
      email: actor.email,
      alias: actor.displayName,
      employer: account.tenant?.name ?? null,
      createdAt: account.createdAt,
      emailConfirmedAt: account.emailConfirmedAt,
      passwordChangedAt: account.passwordChangedAt,
      language: account.locale,
      timeZone: account.timeZone,
    },
    signInMethods: { authenticatorApp: Boolean(totp?.confirmedAt), passkeys },
    sessions: appointments.map(({ psychologist, ...a }) => ({ ...a, psychologist: psychologist.displayName })),
    conversations: conversations.map((c) => ({
      psychologist: c.psychologist.displayName,
      messages: c.messages.map((m) => {
        const message = toChatMessage(
          { id: String(m.id), sender_id: m.senderId, key_id: m.keyId, iv: m.iv, ciphertext: m.ciphertext, created_at: m.createdAt, read_at: m.readAt },
          c,
        );
        return { from: message.from, text: message.text, sentAt: message.sentAt, readAt: message.readAt };
      }),
    })),
    homework: homework.map(homeworkItem),
    reviews: feedback.map((f) => ({ session: f.appointmentId, rating: f.rating, comment: openReviewText(f), status: f.reviewStatus, createdAt: f.createdAt })),
    programmeQuestion: nps,
    activity: audit,
  };
}
