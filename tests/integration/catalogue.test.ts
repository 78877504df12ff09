import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { viaPrisma } from "@/lib/db/sql";
import { ZCatalogueQuery, type CatalogueQuery } from "@/lib/catalogue/catalogue-query";
import { getPsychologistProfile } from "@/lib/catalogue/get-psychologist-profile";
import { listPsychologists } from "@/lib/catalogue/list-psychologists";
import { invalidateNextSlot } from "@/lib/catalogue/refresh-next-slots";
import { codeOf } from "../support/error-code";
import { actorOf, createAppointment, createPsychologist, createTenant, createUser, type PsychologistOverrides } from "../support/factories";

// Monday 1 March 2027, 08:00 UTC.
const NOW = new Date("2027-03-01T08:00:00Z");
const query = (q: Partial<Record<keyof CatalogueQuery, string | number>> = {}) => ZCatalogueQuery.parse(q);

async function employeeOf(contract: { directions?: ("psychology" | "legal" | "financial")[]; formats?: ("chat" | "audio" | "video")[] } = {}) {
  const tenant = await createTenant();
  if (contract.directions || contract.formats) {
    await db().contract.update({
      where: { tenantId: tenant.id },
      data: { ...(contract.directions && { directions: contract.directions }), ...(contract.formats && { formats: contract.formats }) },
    });
  }
  return { tenant, employee: actorOf(await createUser({ role: "employee", tenant })) };
}

async function names(actor: ReturnType<typeof actorOf>, q: CatalogueQuery = query()) {
  return (await listPsychologists(actor, q, NOW)).items.map((c) => c.displayName);
}

const psychologist = (displayName: string, overrides: PsychologistOverrides = {}) => createPsychologist({ displayName, ...overrides });

describe("catalogue", () => {
  // The catalogue is platform-wide: hide what other test files published so counts are exact here.
  beforeEach(async () => {
    await db().psychologistProfile.updateMany({ where: { status: "published" }, data: { status: "hidden" } });
  });

  it("shows only published psychologists offering a direction and a format the contract includes", async () => {
    const { employee } = await employeeOf({ directions: ["psychology", "legal"], formats: ["audio", "video"] });
    await psychologist("Included", { directions: ["psychology"], formats: ["chat", "video"] });
    await psychologist("Financial only", { directions: ["financial"] });
    await psychologist("Chat only", { formats: ["chat"] });
    await psychologist("Draft", { status: "draft" });
    await psychologist("Hidden", { status: "hidden" });
    const page = await listPsychologists(employee, query(), NOW);
    expect(page.items.map((c) => c.displayName)).toEqual(["Included"]);
    // The card offers only what the employer bought.
    expect(page.items[0]!.formats).toEqual(["video"]);
  });

  it("refuses a direction or format the contract leaves out, with a clear reason", async () => {
    const { employee } = await employeeOf({ directions: ["psychology"], formats: ["video"] });
    expect(await codeOf(listPsychologists(employee, query({ direction: "legal" }), NOW))).toBe("unprocessable");
    expect(await codeOf(listPsychologists(employee, query({ format: "chat" }), NOW))).toBe("unprocessable");
  });

  it("filters by direction, topic, format, language and gender", async () => {
    const { employee } = await employeeOf();
    await psychologist("Anxiety EN woman", { topics: ["anxiety"], languages: ["en"], gender: "female", formats: ["video"] });
    await psychologist("Grief FI man", { topics: ["grief"], languages: ["fi", "en"], gender: "male", formats: ["chat"] });
    await psychologist("Lawyer", { directions: ["legal"], topics: ["employment_law"], languages: ["fi"] });
    expect(await names(employee, query({ topic: "grief" }))).toEqual(["Grief FI man"]);
    expect((await names(employee, query({ language: "fi" }))).sort()).toEqual(["Grief FI man", "Lawyer"]);
    expect(await names(employee, query({ gender: "female" }))).toEqual(["Anxiety EN woman"]);
    expect(await names(employee, query({ format: "chat" }))).toContain("Grief FI man");
    expect(await names(employee, query({ format: "chat" }))).not.toContain("Anxiety EN woman");
    expect(await names(employee, query({ direction: "legal" }))).toEqual(["Lawyer"]);
    expect(await names(employee, query({ topic: "grief", language: "pl" }))).toEqual([]);
  });

  it("filters by a free slot within N days and sorts by the nearest one", async () => {
    const { employee } = await employeeOf();
    await psychologist("Every day", { hours: [1, 2, 3, 4, 5, 6, 7].map((d) => [d, 9, 17]) });
    await psychologist("Fridays", { hours: [[5, 9, 17]] });
    await psychologist("No hours", { hours: [] });
    const page = await listPsychologists(employee, query(), NOW);
    expect(page.items.map((c) => c.displayName)).toEqual(["Every day", "Fridays", "No hours"]);
    expect(page.items[0]!.nextSlot).toBe("2027-03-01T09:00:00.000Z");
    expect(page.items[1]!.nextSlot).toBe("2027-03-05T09:00:00.000Z");
    expect(page.items[2]!.nextSlot).toBeNull();
    expect(await names(employee, query({ withinDays: 2 }))).toEqual(["Every day"]);
    expect(await names(employee, query({ withinDays: 7 }))).toEqual(["Every day", "Fridays"]);
  });

  it("sorts by rating average and by experience", async () => {
    const { employee } = await employeeOf();
    const high = await psychologist("Rated 4.8", { experienceYears: 3 });
    const low = await psychologist("Rated 4.0", { experienceYears: 20 });
    await psychologist("Unrated", { experienceYears: 10 });
    await db().psychologistProfile.update({ where: { id: high.profile.id }, data: { ratingSum: 24, ratingCount: 5 } });
    await db().psychologistProfile.update({ where: { id: low.profile.id }, data: { ratingSum: 40, ratingCount: 10 } });
    expect(await names(employee, query({ sort: "rating" }))).toEqual(["Rated 4.8", "Rated 4.0", "Unrated"]);
    expect(await names(employee, query({ sort: "experience" }))).toEqual(["Rated 4.0", "Unrated", "Rated 4.8"]);
    const card = (await listPsychologists(employee, query({ sort: "rating" }), NOW)).items[0]!;
    expect(card.rating).toEqual({ average: 4.8, count: 5 });
  });

  it("pages through many profiles with an exact total", async () => {
    const { employee } = await employeeOf();
    for (let i = 0; i < 13; i++) await psychologist(`P${String(i).padStart(2, "0")}`, { experienceYears: 30 - i });
    const first = await listPsychologists(employee, query({ sort: "experience" }), NOW);
    const second = await listPsychologists(employee, query({ sort: "experience", page: 2 }), NOW);
    const beyond = await listPsychologists(employee, query({ sort: "experience", page: 5 }), NOW);
    expect([first.items.length, second.items.length, first.total, first.pageCount]).toEqual([12, 1, 13, 2]);
    expect(second.items[0]!.displayName).toBe("P12");
    expect([beyond.items.length, beyond.total]).toEqual([0, 13]);
  });

  it("marks a profile verified only when a qualification is verified, and never shows unverified ones", async () => {
    const { employee } = await employeeOf();
    const pendingOnly = await psychologist("Pending only", { qualifications: ["pending", "rejected"] });
    const mixed = await psychologist("Mixed", { qualifications: ["verified", "pending"] });
    const cards = (await listPsychologists(employee, query(), NOW)).items;
    expect(Object.fromEntries(cards.map((c) => [c.displayName, c.verified]))).toEqual({ "Pending only": false, Mixed: true });
    expect((await getPsychologistProfile(employee, pendingOnly.profile.id, NOW)).qualifications).toEqual([]);
    expect((await getPsychologistProfile(employee, mixed.profile.id, NOW)).qualifications.map((q) => q.title)).toEqual(["Qualification 1 (verified)"]);
  });

  it("answers 'not found' for a profile that is unpublished or outside the contract", async () => {
    const { employee } = await employeeOf({ directions: ["psychology"] });
    const draft = await psychologist("Draft", { status: "draft" });
    const lawyer = await psychologist("Lawyer", { directions: ["legal"] });
    expect(await codeOf(getPsychologistProfile(employee, draft.profile.id, NOW))).toBe("not_found");
    expect(await codeOf(getPsychologistProfile(employee, lawyer.profile.id, NOW))).toBe("not_found");
    expect(await codeOf(getPsychologistProfile(employee, "not-a-uuid", NOW))).toBe("not_found");
  });

  it("is for employees only", async () => {
    const tenant = await createTenant();
    for (const role of ["hr", "tenant_admin"] as const) {
      expect(await codeOf(listPsychologists(actorOf(await createUser({ role, tenant })), query(), NOW))).toBe("forbidden");
    }
    expect(await codeOf(listPsychologists(actorOf(await createUser({ role: "platform_admin" })), query(), NOW))).toBe("forbidden");
  });

  it("moves the cached next slot when a booking takes it", async () => {
    const { tenant, employee } = await employeeOf();
    const { profile } = await psychologist("Busy", { hours: [[1, 9, 11]] });
    expect((await listPsychologists(employee, query(), NOW)).items[0]!.nextSlot).toBe("2027-03-01T09:00:00.000Z");
    const other = await createUser({ role: "employee", tenant });
    await createAppointment({ tenant, employee: other, psychologist: profile, startsAt: new Date("2027-03-01T09:00:00Z") });
    await db().$transaction((tx) => invalidateNextSlot(viaPrisma(tx), profile.id));
    expect((await listPsychologists(employee, query(), NOW)).items[0]!.nextSlot).toBe("2027-03-01T10:00:00.000Z");
    // The profile page computes live and agrees.
    expect((await getPsychologistProfile(employee, profile.id, NOW)).slots[0]!.start).toBe("2027-03-01T10:00:00.000Z");
  });

  it("rechecks a cached slot once it falls inside the minimum notice", async () => {
    const { employee } = await employeeOf();
    await psychologist("Notice", { hours: [[1, 9, 17]], minNoticeMinutes: 120 });
    expect((await listPsychologists(employee, query(), NOW)).items[0]!.nextSlot).toBe("2027-03-01T10:00:00.000Z");
    const later = new Date("2027-03-01T08:30:00Z");
    expect((await listPsychologists(employee, query(), later)).items[0]!.nextSlot).toBe("2027-03-01T11:00:00.000Z");
  });

  it("validates query parameters with messages a caller can act on", () => {
    const result = ZCatalogueQuery.safeParse({ withinDays: "400", sort: "cheapest", colour: "blue" });
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((i) => i.path.join(".") || i.code).sort()).toEqual(["sort", "unrecognized_keys", "withinDays"]);
  });
});
