import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { verifyPassword } from "@/lib/auth/password";
import { createPsychologistAccount, setProfileStatus, verifyQualification } from "@/lib/catalogue/manage-psychologists";
import { addQualification, getOwnProfile, removeQualification, updateOwnProfile } from "@/lib/catalogue/own-profile";
import { getProfilePhoto, setProfilePhoto } from "@/lib/catalogue/profile-photo";
import { codeOf } from "../support/error-code";
import { actorOf, createPsychologist, createTenant, createUser } from "../support/factories";

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]);
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
    expect(user.email).toBe("new.psy@example.test");
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
    await expect(updateOwnProfile(actor, bad)).rejects.toMatchObject({ issues: expect.arrayContaining([expect.objectContaining({ path: ["topics"] }), expect.objectContaining({ path: ["timeZone"] })]) });
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

  it("stores a photo only when its bytes are an image, and shows it by publication state", async () => {
    const draft = await createPsychologist({ status: "draft" });
    const actor = actorOf(draft.user);
    expect(await codeOf(setProfilePhoto(actor, new TextEncoder().encode("<svg onload=alert(1)>")))).toBe("unprocessable");
    expect(await codeOf(setProfilePhoto(actor, new Uint8Array(3 * 1024 * 1024)))).toBe("payload_too_large");
    await setProfilePhoto(actor, PNG);
    const tenant = await createTenant();
    const employee = actorOf(await createUser({ role: "employee", tenant }));
    expect(await codeOf(getProfilePhoto(employee, draft.profile.id))).toBe("not_found");
    expect((await getProfilePhoto(actor, draft.profile.id)).mimeType).toBe("image/png");
    await db().psychologistProfile.update({ where: { id: draft.profile.id }, data: { status: "published" } });
    expect((await getProfilePhoto(employee, draft.profile.id)).mimeType).toBe("image/png");
    expect(await codeOf(getProfilePhoto(actorOf(await createUser({ role: "hr", tenant })), draft.profile.id))).toBe("forbidden");
  });
});
