/** Profile photos: stored in Postgres beside the profile so every server process can serve them. */
import sharp from "sharp";
import { z } from "zod";
import type { Actor } from "@/lib/auth/guard";
import { getContractOffer, inProgrammeWhere } from "./contract-offer";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { ownProfileId } from "./own-profile";
import { MAX_PHOTO_BYTES, PHOTO_TOO_LARGE } from "./photo-limits";

/** The largest avatar is 96 CSS pixels: three device pixels per CSS pixel cover every screen. */
export const PHOTO_SIZE = 288;
const ACCEPTED_FORMATS = new Set(["jpeg", "png", "webp", "avif"]);
// A decompression bomb (a small file declaring a huge canvas) is refused before it is expanded.
const MAX_INPUT_PIXELS = 40_000_000;

/**
 * Decodes the upload and writes a fresh image from its pixels only: turned upright, cropped to a
 * square of PHOTO_SIZE, WebP. Nothing of the original file survives — no metadata (EXIF, GPS,
 * camera), no trailing bytes, no polyglot payload — and a file that does not decode is refused.
 */
export async function normalisePhoto(bytes: Uint8Array): Promise<Uint8Array<ArrayBuffer>> {
  if (bytes.byteLength === 0) throw new AppError("bad_request", "errors.photo.required");
  if (bytes.byteLength > MAX_PHOTO_BYTES) throw new AppError("payload_too_large", PHOTO_TOO_LARGE);
  const unreadable = new AppError("unprocessable", "errors.photo.unreadable");
  try {
    const image = sharp(bytes, { limitInputPixels: MAX_INPUT_PIXELS, failOn: "error" });
    const { format } = await image.metadata();
    if (!format || !ACCEPTED_FORMATS.has(format)) throw unreadable;
    const output = await image.rotate().resize(PHOTO_SIZE, PHOTO_SIZE, { fit: "cover", position: "attention" }).webp({ quality: 82 }).toBuffer();
    return new Uint8Array(output);
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw unreadable;
  }
}

export async function setProfilePhoto(actor: Actor, bytes: Uint8Array): Promise<void> {
  const profileId = await ownProfileId(actor);
  const content = await normalisePhoto(bytes);
  const mimeType = "image/webp";
  await db().$transaction([
    db().profilePhoto.upsert({ where: { profileId }, create: { profileId, mimeType, content }, update: { mimeType, content } }),
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
  const notFound = new AppError("not_found", "errors.photo.notFound");
  if (!z.uuid().safeParse(profileId).success) throw notFound;
  // An employee sees the photo of exactly the profiles they may open: the programme's.
  const visible =
    actor.role === "platform_admin"
      ? {}
      : actor.role === "psychologist"
        ? { userId: actor.id }
        : actor.role === "employee"
          ? inProgrammeWhere(await getContractOffer(actor))
          : null;
  if (!visible) throw new AppError("forbidden", "errors.photo.catalogueOnly");
  const photo = await db().profilePhoto.findFirst({ where: { profileId, profile: visible }, select: { mimeType: true, content: true } });
  if (!photo) throw notFound;
  return photo;
}
