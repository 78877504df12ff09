import { beforeAll, describe, expect, it } from "vitest";
import { openEmail } from "@/lib/auth/account-fields";
import { db } from "@/lib/db/client";
import { verifyPassword } from "@/lib/auth/password";
import {
  createPsychologistAccount,
  getPsychologistForAdmin,
  reviewProfileChanges,
  setProfileStatus,
  verifyQualification,
} from "@/lib/catalogue/manage-psychologists";
import { getPsychologistProfile } from "@/lib/catalogue/get-psychologist-profile";
import { addQualification, getOwnProfile, removeQualification, updateOwnProfile } from "@/lib/catalogue/own-profile";
import { getProfilePhoto, setProfilePhoto } from "@/lib/catalogue/profile-photo";
import sharp from "sharp";
import { codeOf } from "../support/error-code";
import { actorOf, createPsychologist, createTenant, createUser } from "../support/factories";

// A PNG signature and nothing else: what the hostile test uploaded and Harbor used to store.
const PNG_SIGNATURE_ONLY = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** A real photo, 1200×800, carrying camera and GPS metadata. */
async function cameraPhoto(format: "jpeg" | "png" = "jpeg"): Promise<Uint8Array> {
  const image = sharp({ create: { width: 1200, height: 800, channels: 3, background: { r: 40, g: 120, b: 200 } } }).withExif({
    IFD0: { Make: "PhoneMaker", Model: "Secret Model", Artist: "Dr Private" },
    IFD3: { GPSLatitudeRef: "N", GPSLatitude: "60/1 10/1 0/1" },
  });
  return new Uint8Array(await (format === "jpeg" ? image.jpeg() : image.png()).toBuffer());
}
const validProfile = {
  displayName: "Dr New",
  shortBio: "Helps people through change at work and at home.",
  longBio: "",
  experienceYears: "7",
  gender: "",
  methods: ["cbt"],
  topics: ["anxiety"],
  languages: ["en"],
  directions: ["psychology"],
  formats: ["video"],
  sessionMinutes: "50",
  timeZone: "Europe/Helsinki",
  minNoticeMinutes: "720",
  bufferMinutes: "10",
};

describe("psychologist onboarding and profiles", () => {
  let operator: ReturnType<typeof actorOf>;

  beforeAll(async () => {
    operator = actorOf(await createUser({ role: "platform_admin" }));
  });

  it("onboards a psychologist whose profile needs a verified qualification before it can be published", async () => {
    const { profileId, temporaryPassword } = await createPsychologistAccount(operator, { email: " New.Psy@Example.test ", displayName: "Dr New" });
    const user = await db().user.findFirstOrThrow({ where: { psychologistProfile: { id: profileId } } });
    expect(openEmail(user)).toBe("new.psy@example.test");
    expect(await verifyPassword(user.passwordHash, temporaryPassword)).toBe(true);
    const psychologist = actorOf(user);

    expect(await codeOf(setProfileStatus(operator, profileId, "published"))).toBe("unprocessable");
    await updateOwnProfile(psychologist, validProfile);
    await addQualification(psychologist, { kind: "education", title: "MSc Psychology", institution: "Tampere University", year: "2018" });
    expect(await codeOf(setProfileStatus(operator, profileId, "published"))).toBe("unprocessable");

    const [qualification] = (await getOwnProfile(psychologist)).qualifications;
    expect(qualification!.status).toBe("pending");
    await verifyQualification(operator, qualification!.id, "verified");
    await setProfileStatus(operator, profileId, "published");
    expect((await db().psychologistProfile.findUniqueOrThrow({ where: { id: profileId } })).status).toBe("published");
    expect(await db().auditEvent.count({ where: { targetId: { in: [profileId, qualification!.id] } } })).toBe(3);
  });

  it("refuses a second account with the same e-mail", async () => {
    await createPsychologistAccount(operator, { email: "twice@example.test", displayName: "Dr Twice" });
    expect(await codeOf(createPsychologistAccount(operator, { email: "TWICE@example.test", displayName: "Dr Twice" }))).toBe("conflict");
  });

  it("validates profile edits with field messages and keeps the old values on failure", async () => {
    const { user, profile } = await createPsychologist();
    const actor = actorOf(user);
    const bad = { ...validProfile, topics: [], timeZone: "Mars/Olympus", sessionMinutes: "47" };
    await expect(updateOwnProfile(actor, bad)).rejects.toMatchObject({
      issues: expect.arrayContaining([expect.objectContaining({ path: ["topics"] }), expect.objectContaining({ path: ["timeZone"] })]),
    });
    expect((await db().psychologistProfile.findUniqueOrThrow({ where: { id: profile.id } })).displayName).toBe(profile.displayName);
  });

  it("lets a psychologist change only their own profile and qualifications", async () => {
    const mine = await createPsychologist();
    const theirs = await createPsychologist({ qualifications: ["verified"] });
    const qualification = await db().qualification.findFirstOrThrow({ where: { profileId: theirs.profile.id } });
    expect(await codeOf(removeQualification(actorOf(mine.user), qualification.id))).toBe("not_found");
    expect(await db().qualification.count({ where: { id: qualification.id } })).toBe(1);
    const tenant = await createTenant();
    for (const role of ["employee", "hr", "tenant_admin"] as const) {
      const actor = actorOf(await createUser({ role, tenant }));
      expect(await codeOf(updateOwnProfile(actor, validProfile))).toBe("forbidden");
      expect(await codeOf(verifyQualification(actor, qualification.id, "verified"))).toBe("forbidden");
      expect(await codeOf(setProfileStatus(actor, theirs.profile.id, "hidden"))).toBe("forbidden");
    }
    expect(await codeOf(verifyQualification(actorOf(mine.user), qualification.id, "verified"))).toBe("forbidden");
  });

  it("stores a photo only when it decodes, re-encoded square without its metadata, and shows it by publication state", async () => {
    const draft = await createPsychologist({ status: "draft" });
    const actor = actorOf(draft.user);
    expect(await codeOf(setProfilePhoto(actor, new TextEncoder().encode("<svg onload=alert(1)>")))).toBe("unprocessable");
    expect(await codeOf(setProfilePhoto(actor, PNG_SIGNATURE_ONLY))).toBe("unprocessable");
    expect(await codeOf(setProfilePhoto(actor, new Uint8Array(9 * 1024 * 1024)))).toBe("payload_too_large");
    expect(await db().profilePhoto.count({ where: { profileId: draft.profile.id } })).toBe(0);

    const original = await cameraPhoto();
    expect((await sharp(original).metadata()).exif).toBeDefined();
    await setProfilePhoto(actor, original);
    const stored = await getProfilePhoto(actor, draft.profile.id);
    expect(stored.mimeType).toBe("image/webp");
    const meta = await sharp(stored.content).metadata();
    expect(meta).toMatchObject({ format: "webp", width: 288, height: 288 });
    expect(meta.exif).toBeUndefined();
    expect(Buffer.from(stored.content).includes("Secret Model")).toBe(false);
    await setProfilePhoto(actor, await cameraPhoto("png"));
    expect((await sharp((await getProfilePhoto(actor, draft.profile.id)).content).metadata()).format).toBe("webp");

    const tenant = await createTenant();
    const employee = actorOf(await createUser({ role: "employee", tenant }));
    expect(await codeOf(getProfilePhoto(employee, draft.profile.id))).toBe("not_found");
    await db().psychologistProfile.update({ where: { id: draft.profile.id }, data: { status: "published" } });
    expect((await getProfilePhoto(employee, draft.profile.id)).mimeType).toBe("image/webp");
    expect(await codeOf(getProfilePhoto(actorOf(await createUser({ role: "hr", tenant })), draft.profile.id))).toBe("forbidden");
    // An employer whose contract does not include the psychologist: the profile answers 404, and so does the photo.
    const legalOnly = await createTenant();
    await db().contract.update({ where: { tenantId: legalOnly.id }, data: { directions: ["legal"] } });
    const outsider = actorOf(await createUser({ role: "employee", tenant: legalOnly }));
    expect(await codeOf(getPsychologistProfile(outsider, draft.profile.id))).toBe("not_found");
    expect(await codeOf(getProfilePhoto(outsider, draft.profile.id))).toBe("not_found");
  });

  it("holds a published profile's new name and bio for the operator; the live text stays until approved", async () => {
    const { user, profile } = await createPsychologist({ status: "published", displayName: "Dr Live" });
    const psychologist = actorOf(user);
    const tenant = await createTenant();
    const employee = actorOf(await createUser({ role: "employee", tenant }));
    const submitted = {
      ...validProfile,
      directions: ["psychology"],
      displayName: "Dr \u202Eevil\u202C <b>Admin</b>",
      shortBio: "Now also sees couples, evenings and weekends.",
    };
    expect(await updateOwnProfile(psychologist, submitted)).toEqual({ awaitingReview: true });

    // Employees and the catalogue still read the live text; the author sees what they submitted.
    expect((await getPsychologistProfile(employee, profile.id)).displayName).toBe("Dr Live");
    const own = await getOwnProfile(psychologist);
    expect(own).toMatchObject({ awaitingReview: true, displayName: "Dr evil <b>Admin</b>", timeZone: "Europe/Helsinki" });

    const forReview = await getPsychologistForAdmin(operator, profile.id);
    expect(forReview.pendingText).toMatchObject({ displayName: "Dr evil <b>Admin</b>" });
    expect(await codeOf(reviewProfileChanges(psychologist, profile.id, "approved", forReview.pendingChangesAt!))).toBe("forbidden");
    // A decision on an older submission does not approve a newer one.
    expect(await codeOf(reviewProfileChanges(operator, profile.id, "approved", new Date(forReview.pendingChangesAt!.getTime() - 1000)))).toBe("conflict");
    await reviewProfileChanges(operator, profile.id, "approved", forReview.pendingChangesAt!);
    expect((await getPsychologistProfile(employee, profile.id)).displayName).toBe("Dr evil <b>Admin</b>");
    expect((await getOwnProfile(psychologist)).awaitingReview).toBe(false);

    // Rejected: dropped, the live text stays.
    await updateOwnProfile(psychologist, { ...submitted, displayName: "Dr Rejected" });
    const again = await getPsychologistForAdmin(operator, profile.id);
    await reviewProfileChanges(operator, profile.id, "rejected", again.pendingChangesAt!);
    expect((await getPsychologistProfile(employee, profile.id)).displayName).toBe("Dr evil <b>Admin</b>");
    expect(await codeOf(reviewProfileChanges(operator, profile.id, "approved", again.pendingChangesAt!))).toBe("conflict");
  });

  it("applies a draft profile's text at once, without bidirectional controls", async () => {
    const { user, profile } = await createPsychologist({ status: "draft" });
    expect(await updateOwnProfile(actorOf(user), { ...validProfile, displayName: "\u2067Dr\u200F Draft\u2069" })).toEqual({ awaitingReview: false });
    expect(await db().psychologistProfile.findUniqueOrThrow({ where: { id: profile.id } })).toMatchObject({ displayName: "Dr Draft", pendingChanges: null });
  });
});
