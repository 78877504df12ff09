/** The clinical lead's queue of risk cases (the platform admin's page), and recording what was done. */
import { randomUUID } from "node:crypto";
import { z } from "zod";
import type { Actor } from "@/lib/auth/guard";
import { recordAudit } from "@/lib/audit/record-audit";
import { openField, sealField } from "@/lib/crypto/sealed-field";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { RiskLevel, RiskStatus } from "@/lib/generated/prisma/enums";
import { riskFollowUpContext, riskReasonContext, ZRiskFollowUp, type RiskFollowUpInput } from "./risk-flags";

export interface RiskCase {
  id: string;
  level: RiskLevel;
  status: RiskStatus;
  reason: string;
  raisedAt: Date;
  psychologistName: string;
  sessionStartsAt: Date;
  followUps: { status: RiskStatus; note: string; at: Date }[];
}

const LEVEL_ORDER: Record<RiskLevel, number> = { imminent: 0, high: 1, moderate: 2 };

function requireClinicalLead(actor: Actor) {
  if (actor.role !== "platform_admin") throw new AppError("forbidden", "errors.access.riskQueue");
}

/** Open cases first, the most urgent level first within them, then the oldest; closed ones last. */
export async function listRiskCases(actor: Actor): Promise<RiskCase[]> {
  requireClinicalLead(actor);
  const flags = await db().riskFlag.findMany({
    select: {
      id: true,
      level: true,
      status: true,
      reasonSealed: true,
      createdAt: true,
      appointment: { select: { startsAt: true, psychologist: { select: { displayName: true } } } },
      followUps: { select: { id: true, status: true, noteSealed: true, at: true }, orderBy: { at: "asc" } },
    },
    orderBy: { createdAt: "asc" },
  });
  return flags
    .map((flag) => ({
      id: flag.id,
      level: flag.level,
      status: flag.status,
      reason: openField(flag.reasonSealed, riskReasonContext(flag.id)),
      raisedAt: flag.createdAt,
      psychologistName: flag.appointment.psychologist.displayName,
      sessionStartsAt: flag.appointment.startsAt,
      followUps: flag.followUps.map((f) => ({ status: f.status, note: openField(f.noteSealed, riskFollowUpContext(f.id)), at: f.at })),
    }))
    .sort((a, b) => Number(a.status === "closed") - Number(b.status === "closed") || LEVEL_ORDER[a.level] - LEVEL_ORDER[b.level]);
}

export async function countOpenRiskCases(actor: Actor): Promise<number> {
  requireClinicalLead(actor);
  return db().riskFlag.count({ where: { status: { not: "closed" } } });
}

export async function followUpRiskCase(actor: Actor, flagId: string, input: RiskFollowUpInput): Promise<void> {
  requireClinicalLead(actor);
  // A case that is gone is said first: no point correcting a form about it.
  if (!z.uuid().safeParse(flagId).success || !(await db().riskFlag.count({ where: { id: flagId } }))) throw new AppError("not_found", "errors.risk.notFound");
  const { status, note } = ZRiskFollowUp.parse(input);
  const id = randomUUID();
  await db().$transaction(async (tx) => {
    const { count } = await tx.riskFlag.updateMany({ where: { id: flagId }, data: { status } });
    if (!count) throw new AppError("not_found", "errors.risk.notFound");
    await tx.riskFollowUp.create({ data: { id, flagId, actorId: actor.id, status, noteSealed: sealField(note, riskFollowUpContext(id)) } });
    await recordAudit(
      { action: "risk_flag.followed_up", actorId: actor.id, actorRole: actor.role, targetType: "risk_flag", targetId: flagId, meta: { status } },
      tx,
    );
  });
}
