/**
 * "I need help now": the right emergency number and crisis lines for where the person is, their
 * employer's own line, the earliest session today in their programme — and the platform admin's
 * list of lines, with the ones nobody has checked for a year marked.
 */
import { afterAll, describe, expect, it } from "vitest";
import { ZodError } from "zod";
import { db } from "@/lib/db/client";
import { deleteCrisisLine, listKeptCrisisLines, saveCrisisLine } from "@/lib/urgent-help/crisis-lines";
import { getUrgentHelp } from "@/lib/urgent-help/urgent-help";
import { updateTenant } from "@/lib/tenants/save-tenant";
import { codeOf } from "../support/error-code";
import { actorOf, createPsychologist, createTenant, createUser } from "../support/factories";

const operator = async () => actorOf(await createUser({ role: "platform_admin" }));
const line = (country: string, name: string, checkedOn = "2026-11-01") => ({
  country: country as "GB",
  name,
  phone: "116 123",
  description: "Any time, free.",
  sourceUrl: "https://example.org/contact",
  checkedOn,
});

async function employeeOf(country: string, hotline?: { name: string; phone: string }) {
  const tenant = await createTenant();
  await db().tenant.update({ where: { id: tenant.id }, data: { country, hotlineName: hotline?.name ?? null, hotlinePhone: hotline?.phone ?? null } });
  return { tenant, actor: actorOf(await createUser({ role: "employee", tenant })) };
}

describe("urgent help", () => {
  it("gives a UK employee 999 (112 too) and the UK's lines, a Russian employee 112 and Russia's, each with their employer's line", async () => {
    const admin = await operator();
    await saveCrisisLine(admin, null, line("GB", "Samaritans (test)"));
    await saveCrisisLine(admin, null, { ...line("RU", "Московская служба (тест)"), phone: "+7 495 051" });

    const uk = await employeeOf("GB", { name: "People Support", phone: "020 7946 0321" });
    const ukHelp = await getUrgentHelp(uk.actor, { locale: "en" });
    expect(ukHelp.country).toBe("GB");
    expect(ukHelp.emergency).toEqual({ number: "999", also: ["112"] });
    expect(ukHelp.lines.map((l) => l.name)).toContain("Samaritans (test)");
    expect(ukHelp.lines.every((l) => l.country === "GB")).toBe(true);
    expect(ukHelp.hotline).toEqual({ name: "People Support", phone: "020 7946 0321" });

    const ru = await employeeOf("RU");
    const ruHelp = await getUrgentHelp(ru.actor, { locale: "en" });
    expect(ruHelp.emergency).toEqual({ number: "112", also: [] });
    expect(ruHelp.lines.map((l) => l.phone)).toContain("+7 495 051");
    expect(ruHelp.lines.every((l) => l.country === "RU")).toBe(true);
    expect(ruHelp.hotline).toBeNull();

    // Travelling: the country asked for wins; a made-up code is ignored.
    expect((await getUrgentHelp(ru.actor, { locale: "ru", country: "GB" })).emergency.number).toBe("999");
    expect((await getUrgentHelp(ru.actor, { locale: "ru", country: "XX" })).country).toBe("RU");
  });

  it("is open before signing in: by the page's language, or the employer whose landing page was followed (not a suspended one)", async () => {
    expect((await getUrgentHelp(null, { locale: "ru" })).country).toBe("RU");
    expect((await getUrgentHelp(null, { locale: "en" })).country).toBe("GB");
    const tenant = await createTenant();
    await db().tenant.update({ where: { id: tenant.id }, data: { country: "FI", hotlineName: "Tuki", hotlinePhone: "+358 9 000 0000" } });
    const visitor = await getUrgentHelp(null, { locale: "en", tenantSlug: tenant.slug });
    expect(visitor.country).toBe("FI");
    expect(visitor.hotline?.name).toBe("Tuki");
    expect(visitor.earliestToday).toBeNull();
    await db().tenant.update({ where: { id: tenant.id }, data: { status: "suspended" } });
    expect((await getUrgentHelp(null, { locale: "en", tenantSlug: tenant.slug })).hotline).toBeNull();
  });

  describe("the earliest session today", () => {
    // A Tuesday evening in UTC long after any other test's data; only this programme offers "financial".
    const evening = new Date("2031-05-06T20:30:00Z");
    afterAll(async () => {
      // Cached next slots computed for 2031 would look fresh to later files: have them recomputed.
      await db().psychologistProfile.updateMany({ data: { slotsCheckedAt: null } });
    });

    it("is the first free time left today with a psychologist of the programme, and none once the day's hours are over", async () => {
      const { tenant, actor } = await employeeOf("GB");
      await db().contract.update({ where: { tenantId: tenant.id }, data: { directions: ["financial"], formats: ["chat"] } });
      const { profile } = await createPsychologist({ directions: ["financial"], formats: ["chat"], hours: [[2, 21, 23]], displayName: "Dr Evening" });
      await createPsychologist({ directions: ["legal"], formats: ["chat"], hours: [[2, 20, 23]], displayName: "Dr Outside" });

      const help = await getUrgentHelp(actor, { locale: "en" }, evening);
      expect(help.earliestToday).toEqual({ profileId: profile.id, psychologistName: "Dr Evening", startsAt: "2031-05-06T21:00:00.000Z" });
      expect((await getUrgentHelp(actor, { locale: "en" }, new Date("2031-05-06T22:45:00Z"))).earliestToday).toBeNull();
    });
  });
});

describe("the crisis lines the platform admin keeps", () => {
  it("marks a line not checked for over a year, records who changed what, and refuses anyone else", async () => {
    const admin = await operator();
    const old = await saveCrisisLine(admin, null, line("FI", "Old line (test)", "2025-01-10"));
    const fresh = await saveCrisisLine(admin, null, line("FI", "Fresh line (test)", "2026-11-20"));
    const kept = await listKeptCrisisLines(admin, new Date("2026-12-07T12:00:00Z"));
    expect(kept.find((l) => l.id === old.id)?.stale).toBe(true);
    expect(kept.find((l) => l.id === fresh.id)?.stale).toBe(false);

    await saveCrisisLine(admin, old.id, line("FI", "Old line (test)", "2026-12-01"));
    expect((await listKeptCrisisLines(admin, new Date("2026-12-07T12:00:00Z"))).find((l) => l.id === old.id)?.stale).toBe(false);
    const audit = await db().auditEvent.findMany({ where: { targetId: old.id }, select: { action: true, actorId: true } });
    expect(audit).toEqual([
      { action: "crisis_line.saved", actorId: admin.id },
      { action: "crisis_line.saved", actorId: admin.id },
    ]);

    for (const role of ["hr", "tenant_admin", "psychologist", "employee"] as const) {
      const tenant = role === "psychologist" ? null : await createTenant();
      const someone = actorOf(await createUser({ role, tenant }));
      expect(await codeOf(saveCrisisLine(someone, null, line("FI", "Sneaky")))).toBe("forbidden");
      expect(await codeOf(deleteCrisisLine(someone, fresh.id))).toBe("forbidden");
      expect(await codeOf(listKeptCrisisLines(someone))).toBe("forbidden");
    }
    await deleteCrisisLine(admin, fresh.id);
    expect(await codeOf(deleteCrisisLine(admin, fresh.id))).toBe("not_found");
    expect(await codeOf(saveCrisisLine(admin, fresh.id, line("FI", "Gone")))).toBe("not_found");
  });

  it("refuses a number that cannot be dialled, a source that is not a web address, a check dated in the future, an unknown country", async () => {
    const admin = await operator();
    const refused = async (input: Partial<ReturnType<typeof line>>) => {
      const error = await saveCrisisLine(admin, null, { ...line("GB", "Bad (test)"), ...input }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ZodError);
      return (error as ZodError).issues.map((issue) => issue.path.join("."));
    };
    expect(await refused({ phone: "call us" })).toEqual(["phone"]);
    expect(await refused({ sourceUrl: "javascript:alert(1)" })).toEqual(["sourceUrl"]);
    expect(await refused({ checkedOn: "2099-01-01" })).toEqual(["checkedOn"]);
    expect(await refused({ country: "XX" as "GB" })).toEqual(["country"]);
    expect(await db().crisisLine.count({ where: { name: "Bad (test)" } })).toBe(0);
  });

  it("a tenant's own line needs both its name and its number", async () => {
    const admin = await operator();
    const tenant = await createTenant();
    const base = {
      name: tenant.name,
      slug: tenant.slug,
      locale: "en" as const,
      timeZone: "Europe/London",
      country: "GB" as const,
      contract: {
        sessionsPerYear: 6,
        yearStartMonth: 1,
        yearStartDay: 1,
        directions: ["psychology" as const],
        formats: ["chat" as const],
        lateCancelHours: 24,
        reportMinGroupSize: 10,
        registryGraceDays: 0,
      },
    };
    const error = await updateTenant(admin, tenant.id, { ...base, hotlineName: "Support", hotlinePhone: "" } as never).catch((e: unknown) => e);
    expect((error as ZodError).issues.map((i) => i.path.join("."))).toEqual(["hotlinePhone"]);
    await updateTenant(admin, tenant.id, { ...base, hotlineName: "Support", hotlinePhone: "+44 20 7946 0000" } as never);
    expect(await db().tenant.findUnique({ where: { id: tenant.id }, select: { country: true, hotlineName: true, hotlinePhone: true } })).toEqual({
      country: "GB",
      hotlineName: "Support",
      hotlinePhone: "+44 20 7946 0000",
    });
  });
});
