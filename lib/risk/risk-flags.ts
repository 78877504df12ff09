/**
 * Risk cases: a psychologist flags one of their sessions, with a level and a short reason, and the
 * platform's clinical lead (the platform admin) follows it up — contacted, referred, closed — each
 * step recorded and audited. The flag belongs to the platform alone: no HR or employer query, page,
 * export or report reads these tables, and the reason and follow-up notes are sealed at rest.
 */
import { randomUUID } from "node:crypto";
import { z } from "zod";
import type { Actor } from "@/lib/auth/guard";
import { recordAudit } from "@/lib/audit/record-audit";
import { sealField } from "@/lib/crypto/sealed-field";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { zVisibleText } from "@/lib/forms/visible-text";
import { Prisma } from "@/lib/generated/prisma/client";
import type { RiskLevel, RiskStatus } from "@/lib/generated/prisma/enums";
import { findOwnAppointment } from "@/lib/sessions/session-access";
import { FOLLOW_UP_STATUSES, RISK_LEVELS } from "./risk-levels";

export const riskReasonContext = (flagId: string) => `risk:${flagId}`;
export const riskFollowUpContext = (followUpId: string) => `risk-follow-up:${followUpId}`;

export const ZRaiseRiskFlag = z.object({
  level: z.enum(RISK_LEVELS, "errors.risk.level"),
  reason: zVisibleText("text", z.string().min(3, "errors.risk.reason").max(500, "errors.risk.reasonLong")),
});
export type RaiseRiskFlagInput = z.input<typeof ZRaiseRiskFlag>;

export const ZRiskFollowUp = z.object({
  status: z.enum(FOLLOW_UP_STATUSES, "errors.risk.status"),
  note: zVisibleText("text", z.string().min(3, "errors.risk.note").max(1000, "errors.risk.noteLong")),
});
export type RiskFollowUpInput = z.input<typeof ZRiskFollowUp>;

/** The psychologist's own flag on a session, if they raised one: what the room shows them. */
export interface OwnRiskFlag {
  level: RiskLevel;
  status: RiskStatus;
  raisedAt: Date;
}

export async function raiseRiskFlag(actor: Actor, appointmentId: string, input: RaiseRiskFlagInput): Promise<{ id: string }> {
  if (actor.role !== "psychologist") throw new AppError("forbidden", "errors.access.riskFlag");
  const appointment = await findOwnAppointment(actor, appointmentId, { id: true });
  const { level, reason } = ZRaiseRiskFlag.parse(input);
  const id = randomUUID();
  try {
    await db().$transaction(async (tx) => {
      await tx.riskFlag.create({
        data: { id, appointmentId: appointment.id, raisedById: actor.id, level, reasonSealed: sealField(reason, riskReasonContext(id)) },
      });
      // No tenant on the event: the audit log's tenant filter is something an employer's admin may be shown one day.
      await recordAudit({ action: "risk_flag.raised", actorId: actor.id, actorRole: actor.role, targetType: "risk_flag", targetId: id, meta: { level } }, tx);
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") throw new AppError("conflict", "errors.risk.alreadyFlagged");
    throw error;
  }
  return { id };
}

export async function readOwnRiskFlag(actor: Actor, appointmentId: string): Promise<OwnRiskFlag | null> {
  if (actor.role !== "psychologist") return null;
  const appointment = await findOwnAppointment(actor, appointmentId, { id: true });
  const flag = await db().riskFlag.findUnique({ where: { appointmentId: appointment.id }, select: { level: true, status: true, createdAt: true } });
  return flag && { level: flag.level, status: flag.status, raisedAt: flag.createdAt };
}
