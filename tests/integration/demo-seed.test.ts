import { describe, expect, it } from "vitest";
import { userByEmail } from "../support/sealed-lookups";
import { db } from "@/lib/db/client";
import { seedDemoData } from "@/tooling/demo/seed-demo-data";
import { readEmployerDashboard } from "@/lib/reports/get-report";
import { listMyHomework } from "@/lib/tasks/list-my-homework";
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
      expect(await db().user.count({ where: { tenantId: tenant.id, role: "employee" } })).toBeGreaterThanOrEqual(60);
      // Cyrillic is kept as written, and the Russian-speaking employer's language is Russian.
      if (slug === "volga") {
        expect(tenant).toMatchObject({ name: "Волга Логистик", locale: "ru" });
        // Its demo employee's homework is in Russian too.
        const employee = await userByEmail("employee@volga.test");
        const homework = await listMyHomework(actorOf(employee));
        expect(homework.map((task) => task.title)).toEqual(expect.arrayContaining(["Дневник сна"]));
      }
      // The dashboard opens on the newest released quarter (Q3 on 23 November: October alone is not a quarter).
      const { report } = await readEmployerDashboard({ tenantId: tenant.id }, null, { now });
      expect(report?.period).toBe("2026-Q3");
      if (!report) continue;
      expect(report.figures.employeesConsulted).toBeGreaterThanOrEqual(report.minGroup);
      expect(report.figures.employeesRegistered).not.toBeNull();
      expect(report.figures.consultations).not.toBeNull();
      // Small groups are withheld: a demo employer's rarer topics always are.
      expect(report.breakdowns.topic.some((c) => c.value === null)).toBe(true);
    }

    expect((await seedDemoData(db(), { now })).seeded).toBe(false);
    expect(await counts()).toEqual(before);
  });
});
