/** A psychologist's own profile: read, edit, and submit qualifications for verification. */
import { z } from "zod";
import type { Actor } from "@/lib/auth/guard";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { ZProfileInput, ZQualificationInput } from "./profile-input";
import { readPendingText, sameText, type ProfileText } from "./profile-text";

export async function ownProfileId(actor: Actor): Promise<string> {
  if (actor.role !== "psychologist") throw new AppError("forbidden", "errors.access.psychologistProfile");
  const profile = await db().psychologistProfile.findUnique({ where: { userId: actor.id }, select: { id: true } });
  if (!profile) throw new AppError("not_found", "errors.profile.notCreated");
  return profile.id;
}

/** The profile as its author edits it: name and bios as last submitted, even while awaiting review. */
export async function getOwnProfile(actor: Actor) {
  const id = await ownProfileId(actor);
  const profile = await db().psychologistProfile.findUniqueOrThrow({
    where: { id },
    include: { qualifications: { orderBy: [{ status: "asc" }, { year: "desc" }] } },
  });
  const pending = readPendingText(profile.pendingChanges);
  return { ...profile, ...(pending ?? {}), awaitingReview: pending !== null };
}

/**
 * Saves the profile. Scheduling and the lists chosen from Harbor's vocabulary apply at once; on a
 * published profile the name and bios wait for the operator, and clients keep the live ones.
 */
export async function updateOwnProfile(actor: Actor, input: unknown): Promise<{ awaitingReview: boolean }> {
  const id = await ownProfileId(actor);
  const { displayName, shortBio, longBio, ...rest } = ZProfileInput.parse(input);
  const submitted: ProfileText = { displayName, shortBio, longBio };
  const live = await db().psychologistProfile.findUniqueOrThrow({ where: { id }, select: { status: true, displayName: true, shortBio: true, longBio: true } });
  const direct = live.status !== "published";
  const awaitingReview = !direct && !sameText(submitted, live);
  // Length, notice, buffer and zone all move slots: the catalogue's cached next slot is recomputed.
  await db().psychologistProfile.update({
    where: { id },
    data: {
      ...rest,
      ...(direct ? submitted : {}),
      pendingChanges: awaitingReview ? submitted : Prisma.DbNull,
      pendingChangesAt: awaitingReview ? new Date() : null,
      slotsCheckedAt: null,
    },
  });
  return { awaitingReview };
}

/** New qualifications wait for the platform admin; only verified ones are ever shown to clients. */
export async function addQualification(actor: Actor, input: unknown): Promise<void> {
  const profileId = await ownProfileId(actor);
  const data = ZQualificationInput.parse(input);
  const count = await db().qualification.count({ where: { profileId } });
  if (count >= 30) throw new AppError("unprocessable", "errors.profile.tooManyQualifications");
  await db().qualification.create({ data: { ...data, profileId } });
}

export async function removeQualification(actor: Actor, qualificationId: string): Promise<void> {
  const profileId = await ownProfileId(actor);
  const { count } = await db().qualification.deleteMany({ where: { id: z.uuid().parse(qualificationId), profileId } });
  if (count === 0) throw new AppError("not_found", "errors.profile.qualificationGone");
}
