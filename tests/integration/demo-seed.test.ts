import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { seedDemoData } from "@/tooling/demo/seed-demo-data";
import { getUtilisationReport } from "@/lib/reports/get-utilisation-report";
import { currentQuarterKey } from "@/lib/reports/periods";
import { actorOf } from "../support/factories";

describe("demo data", () => {
  it("is added once, makes HR figures meaningful with at least one suppressed, and a second run adds nothing", async () => {
    const now = new Date("2026-11-23T09:00:00Z");
    const first = await seedDemoData(db(), { now });
    expect(first).toMatchObject({ seeded: true, tenants: 3, psychologists: 12 });
    const counts = async () => ({ users: await db().user.count(), appointments: await db().appointment.count(), entries: await db().registryEntry.count() });
    const before = await counts();

    for (const slug of ["acme", "northwind", "volga"]) {
      const tenant = await db().tenant.findUniqueOrThrow({ where: { slug } });
      expect(await db().user.count({ where: { tenantId: tenant.id, role: "employee" } })).toBeGreaterThanOrEqual(31);
      // Cyrillic is kept as written, and the Russian-speaking employer's language is Russian.
      if (slug === "volga") expect(tenant).toMatchObject({ name: "Волга Логистик", locale: "ru" });
      const hr = await db().user.findUniqueOrThrow({ where: { email: `hr@${slug}.test` } });
      const report = await getUtilisationReport(actorOf(hr), currentQuarterKey(now, tenant.timeZone));
      expect(report.employeesConsulted).toBeGreaterThanOrEqual(report.minGroup);
      expect(report.byTopic.some((c) => !c.suppressed)).toBe(true);
      expect(report.byTopic.some((c) => c.suppressed)).toBe(true);
    }

    expect((await seedDemoData(db(), { now })).seeded).toBe(false);
    expect(await counts()).toEqual(before);
  });
});
