/**
 * The operator's side of the catalogue: onboarding psychologists, verifying their qualifications and
 * deciding what is published. Every decision is an audit event.
 */
import { randomBytes } from "node:crypto";
import { z } from "zod";
import { newAccountIdentity, openEmail } from "@/lib/auth/account-fields";
import type { Actor } from "@/lib/auth/guard";
import { hashPassword } from "@/lib/auth/password";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { readPendingText } from "./profile-text";

function requireOperator(actor: Actor): void {
  if (actor.role !== "platform_admin") throw new AppError("forbidden", "errors.access.managePsychologists");
}

function parseId(id: string, what: "profile" | "qualification"): string {
  const parsed = z.uuid().safeParse(id);
  if (!parsed.success) throw new AppError("not_found", "errors.psychologists.idNotFound", { params: { what } });
  return parsed.data;
}

export async function listPsychologistsForAdmin(actor: Actor) {
  requireOperator(actor);
  const rows = await db().psychologistProfile.findMany({
    orderBy: { displayName: "asc" },
    select: {
      id: true,
      displayName: true,
      status: true,
      pendingChangesAt: true,
      user: { select: { id: true, emailSealed: true } },
      qualifications: { select: { status: true } },
    },
  });
  return rows.map((r) => ({
    id: r.id,
    displayName: r.displayName,
    email: openEmail(r.user),
    status: r.status,
    pending: r.qualifications.filter((q) => q.status === "pending").length,
    verified: r.qualifications.filter((q) => q.status === "verified").length,
    changesToReview: r.pendingChangesAt !== null,
  }));
}

export async function getPsychologistForAdmin(actor: Actor, profileId: string) {
  requireOperator(actor);
  const profile = await db().psychologistProfile.findUnique({
    where: { id: parseId(profileId, "profile") },
    include: {
      user: { select: { id: true, emailSealed: true, status: true } },
      qualifications: { orderBy: [{ status: "asc" }, { year: "desc" }] },
      _count: { select: { rules: true } },
    },
  });
  if (!profile) throw new AppError("not_found", "errors.psychologists.notFound");
  const { user, ...rest } = profile;
  return { ...rest, user: { email: openEmail(user), status: user.status }, pendingText: readPendingText(profile.pendingChanges) };
}

export const ZNewPsychologist = z.object({
  email: z.string().trim().toLowerCase().pipe(z.email("errors.common.email")),
  displayName: z.string().trim().min(2, "errors.profileForm.displayName").max(80),
});

/**
 * Creates the account and an unpublished profile. The one-time password is returned to show once;
 * only its argon2 hash is stored.
 */
export async function createPsychologistAccount(actor: Actor, input: unknown): Promise<{ profileId: string; temporaryPassword: string }> {
  requireOperator(actor);
  const data = ZNewPsychologist.parse(input);
  const temporaryPassword = randomBytes(12).toString("base64url");
  const passwordHash = await hashPassword(temporaryPassword);
  try {
    const profile = await db().$transaction(async (tx) => {
      const user = await tx.user.create({
        data: { ...newAccountIdentity(data.email, data.displayName), passwordHash, role: "psychologist", mustChangePassword: true },
      });
      const created = await tx.psychologistProfile.create({ data: { userId: user.id, displayName: data.displayName } });
      await recordAudit(
        { action: "psychologist.created", actorId: actor.id, actorRole: actor.role, targetType: "psychologist_profile", targetId: created.id },
        tx,
      );
      return created;
    });
    return { profileId: profile.id, temporaryPassword };
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw new AppError("conflict", "errors.psychologists.emailTaken", { fields: [{ path: "email", message: "errors.common.alreadyInUse" }] });
    }
    throw error;
  }
}

export async function verifyQualification(actor: Actor, qualificationId: string, decision: "verified" | "rejected"): Promise<void> {
  requireOperator(actor);
  const id = parseId(qualificationId, "qualification");
  const { count } = await db().qualification.updateMany({ where: { id }, data: { status: decision, verifiedAt: new Date(), verifiedById: actor.id } });
  if (count === 0) throw new AppError("not_found", "errors.psychologists.qualificationRemoved");
  await recordAudit({ action: `qualification.${decision}`, actorId: actor.id, actorRole: actor.role, targetType: "qualification", targetId: id });
}

/** Publishing needs what a client relies on: a short bio and at least one verified qualification. */
export async function setProfileStatus(actor: Actor, profileId: string, status: "published" | "hidden"): Promise<void> {
  requireOperator(actor);
  const profile = await getPsychologistForAdmin(actor, profileId);
  if (status === "published") {
    const missing = [
      profile.shortBio.trim() === "" && "errors.psychologists.missingShortBio",
      !profile.qualifications.some((q) => q.status === "verified") && "errors.psychologists.missingQualification",
      (profile.directions.length === 0 || profile.formats.length === 0) && "errors.psychologists.missingOffer",
    ].filter((item) => item !== false);
    if (missing.length > 0) throw new AppError("unprocessable", "errors.psychologists.cannotPublish", { params: { missing } });
  }
  await db().psychologistProfile.update({
    where: { id: profile.id },
    data: { status, publishedAt: status === "published" ? (profile.publishedAt ?? new Date()) : profile.publishedAt, slotsCheckedAt: null },
  });
  await recordAudit({ action: `psychologist.${status}`, actorId: actor.id, actorRole: actor.role, targetType: "psychologist_profile", targetId: profile.id });
}

/**
 * The operator's decision on a published profile's new name and bios: approved goes live at once,
 * rejected is dropped and the live text stays. `reviewedSubmission` is the submission time the
 * operator was shown: a newer submission made meanwhile is not approved by a decision on the older.
 */
export async function reviewProfileChanges(actor: Actor, profileId: string, decision: "approved" | "rejected", reviewedSubmission: Date): Promise<void> {
  requireOperator(actor);
  const id = parseId(profileId, "profile");
  await db().$transaction(async (tx) => {
    const [row] = await tx.$queryRaw<
      { pending_changes: unknown; pending_changes_at: Date | null }[]
    >`SELECT pending_changes, pending_changes_at FROM psychologist_profiles WHERE id = ${id}::uuid FOR UPDATE`;
    if (!row) throw new AppError("not_found", "errors.psychologists.notFound");
    const pending = readPendingText(row.pending_changes);
    if (!pending) throw new AppError("conflict", "errors.psychologists.nothingPending");
    if (row.pending_changes_at?.getTime() !== reviewedSubmission.getTime()) {
      throw new AppError("conflict", "errors.psychologists.changedAgain");
    }
    await tx.psychologistProfile.update({
      where: { id },
      data: { ...(decision === "approved" ? pending : {}), pendingChanges: Prisma.DbNull, pendingChangesAt: null },
    });
    await recordAudit(
      { action: `psychologist.changes_${decision}`, actorId: actor.id, actorRole: actor.role, targetType: "psychologist_profile", targetId: id },
      tx,
    );
  });
}
