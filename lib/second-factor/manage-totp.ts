/**
 * Setting up, renewing and removing the authenticator app from the account page. Setting up takes a
 * code from the app (so a mistyped secret cannot lock anyone out), then shows ten recovery codes
 * once. Removing it, or renewing the codes, asks for the password: a session left open on a shared
 * computer must not be enough to turn the second factor off. Every change is audited.
 */
import QRCode from "qrcode";
import { z } from "zod";
import { recordAudit, type AuditAction } from "@/lib/audit/record-audit";
import type { Actor } from "@/lib/auth/guard";
import { confirmCurrentPassword } from "@/lib/auth/confirm-password";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { reserveOrRefuse } from "@/lib/security/rate-limit";
import { issueRecoveryCodes } from "./recovery-codes";
import { openTotpSecret, sealTotpSecret } from "./totp-secret";
import { newTotpSecret, totpStepOf, totpUri } from "./totp";

export interface SecondFactorSummary {
  totpOn: boolean;
  recoveryCodesLeft: number;
}

export interface TotpSetup {
  /** For typing into the app by hand, in groups of four. */
  secret: string;
  /** The same as a QR code, an SVG document. */
  qrSvg: string;
}

export async function secondFactorSummary(actor: Actor): Promise<SecondFactorSummary> {
  const [factor, recoveryCodesLeft] = await Promise.all([
    db().totpFactor.findUnique({ where: { userId: actor.id }, select: { confirmedAt: true } }),
    db().recoveryCode.count({ where: { userId: actor.id, usedAt: null } }),
  ]);
  return { totpOn: Boolean(factor?.confirmedAt), recoveryCodesLeft };
}

/** The pending enrolment's secret and QR code, made on first view and kept until confirmed. */
export async function totpSetup(actor: Actor): Promise<TotpSetup> {
  const existing = await db().totpFactor.findUnique({ where: { userId: actor.id } });
  if (existing?.confirmedAt) throw new AppError("conflict", "errors.secondFactor.alreadyOn");
  let secret = existing && openTotpSecret(actor.id, existing.secretSealed);
  if (!secret) {
    secret = newTotpSecret();
    await db().totpFactor.upsert({
      where: { userId: actor.id },
      create: { userId: actor.id, secretSealed: sealTotpSecret(actor.id, secret) },
      update: { secretSealed: sealTotpSecret(actor.id, secret), confirmedAt: null, lastUsedStep: null },
    });
  }
  const qrSvg = await QRCode.toString(totpUri(secret, actor.email), { type: "svg", margin: 1, errorCorrectionLevel: "M" });
  return { secret: secret.replace(/(.{4})/g, "$1 ").trim(), qrSvg };
}

const ZCode = z.object({
  code: z
    .string({ error: "errors.secondFactor.codeRequired" })
    .trim()
    .regex(/^\d{6}$/, "errors.secondFactor.codeFormat"),
});

/** Confirms the pending enrolment with a code from the app; returns the recovery codes, shown once. */
export async function confirmTotp(actor: Actor, input: unknown, now = new Date()): Promise<string[]> {
  const { code } = ZCode.parse(input);
  // Counted like a wrong code at sign-in, and given back when right: guessing here is no easier.
  const refund = await reserveOrRefuse("secondFactorFailuresPerAccount", actor.id, "errors.secondFactor.tooManyAttempts");
  const pending = await db().totpFactor.findUnique({ where: { userId: actor.id } });
  if (!pending || pending.confirmedAt) throw new AppError("conflict", pending ? "errors.secondFactor.alreadyOn" : "errors.secondFactor.setupExpired");
  const step = totpStepOf(openTotpSecret(actor.id, pending.secretSealed), code, now.getTime());
  if (step === null) {
    throw new AppError("unprocessable", "errors.secondFactor.codeWrong", { fields: [{ path: "code", message: "errors.secondFactor.codeWrong" }] });
  }
  const codes = await db().$transaction(async (tx) => {
    const { count } = await tx.totpFactor.updateMany({ where: { userId: actor.id, confirmedAt: null }, data: { confirmedAt: now, lastUsedStep: step } });
    if (count !== 1) throw new AppError("conflict", "errors.secondFactor.alreadyOn");
    await audit(tx, actor, "second_factor.totp_enabled");
    return issueRecoveryCodes(tx, actor.id);
  });
  await refund();
  return codes;
}

const ZPassword = z.object({ password: z.string({ error: "errors.password.currentRequired" }).min(1, "errors.password.currentRequired").max(1024) });

async function checkPassword(actor: Actor, input: unknown): Promise<void> {
  await confirmCurrentPassword(actor, ZPassword.parse(input).password, "password");
}

/** New recovery codes in place of the old ones (all of which stop working). */
export async function renewRecoveryCodes(actor: Actor, input: unknown): Promise<string[]> {
  await checkPassword(actor, input);
  return db().$transaction(async (tx) => {
    const factor = await tx.totpFactor.findUnique({ where: { userId: actor.id }, select: { confirmedAt: true } });
    if (!factor?.confirmedAt) throw new AppError("conflict", "errors.secondFactor.notOn");
    await audit(tx, actor, "second_factor.recovery_codes_renewed");
    return issueRecoveryCodes(tx, actor.id);
  });
}

/** Removes the authenticator and its recovery codes; for staff, the guard then asks for a new one. */
export async function removeTotp(actor: Actor, input: unknown): Promise<void> {
  await checkPassword(actor, input);
  await db().$transaction(async (tx) => {
    const { count } = await tx.totpFactor.deleteMany({ where: { userId: actor.id } });
    await tx.recoveryCode.deleteMany({ where: { userId: actor.id } });
    if (count) await audit(tx, actor, "second_factor.totp_removed");
  });
}

function audit(tx: Parameters<typeof recordAudit>[1], actor: Actor, action: AuditAction) {
  return recordAudit({ action, actorId: actor.id, actorRole: actor.role, tenantId: actor.tenantId }, tx);
}
