/** Profile photos: stored in Postgres beside the profile so every server process can serve them. */
import { z } from "zod";
import type { Actor } from "@/lib/auth/guard";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { ownProfileId } from "./own-profile";

export const MAX_PHOTO_BYTES = 2 * 1024 * 1024;

/** The type is read from the bytes, never from the file name or the browser's claim. */
export function sniffImageType(bytes: Uint8Array): "image/jpeg" | "image/png" | "image/webp" | null {
  const ascii = (from: number, to: number) => String.fromCharCode(...bytes.subarray(from, to));
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return "image/jpeg";
  if (bytes[0] === 0x89 && ascii(1, 4) === "PNG") return "image/png";
  if (ascii(0, 4) === "RIFF" && ascii(8, 12) === "WEBP") return "image/webp";
  return null;
}

export async function setProfilePhoto(actor: Actor, bytes: Uint8Array<ArrayBuffer>): Promise<void> {
  const profileId = await ownProfileId(actor);
  if (bytes.byteLength === 0) throw new AppError("bad_request", "Choose a photo to upload.");
  if (bytes.byteLength > MAX_PHOTO_BYTES) throw new AppError("payload_too_large", "The photo is larger than 2 MB. Please choose a smaller image.");
  const mimeType = sniffImageType(bytes);
  if (!mimeType) throw new AppError("unprocessable", "Use a JPEG, PNG or WebP image.");
  await db().$transaction([
    db().profilePhoto.upsert({ where: { profileId }, create: { profileId, mimeType, content: bytes }, update: { mimeType, content: bytes } }),
    db().psychologistProfile.update({ where: { id: profileId }, data: { photoUpdatedAt: new Date() } }),
  ]);
}

export async function removeProfilePhoto(actor: Actor): Promise<void> {
  const profileId = await ownProfileId(actor);
  await db().$transaction([
    db().profilePhoto.deleteMany({ where: { profileId } }),
    db().psychologistProfile.update({ where: { id: profileId }, data: { photoUpdatedAt: null } }),
  ]);
}

/** Employees see photos of published profiles; a psychologist their own; the operator any. */
export async function getProfilePhoto(actor: Actor, profileId: string): Promise<{ mimeType: string; content: Uint8Array }> {
  const notFound = new AppError("not_found", "No photo here.");
  if (!z.uuid().safeParse(profileId).success) throw notFound;
  const visible =
    actor.role === "platform_admin" ? {} : actor.role === "psychologist" ? { userId: actor.id } : actor.role === "employee" ? { status: "published" as const } : null;
  if (!visible) throw new AppError("forbidden", "Photos are shown in the catalogue only.");
  const photo = await db().profilePhoto.findFirst({ where: { profileId, profile: visible }, select: { mimeType: true, content: true } });
  if (!photo) throw notFound;
  return photo;
}
