import { describe, expect, it } from "vitest";
import { emailsTo } from "../support/sealed-lookups";
import { db } from "@/lib/db/client";
import { confirmEmail } from "@/lib/registry/confirm-email";
import { registerEmployee } from "@/lib/registry/register-employee";
import { readMonthFacts } from "@/lib/reports/month-facts";
import { listActivityAlerts, raiseActivityAlerts } from "@/lib/reports/activity-alerts";
import { codeOf } from "../support/error-code";
import { actorOf, createRegistryEntry, createTenant, createUser } from "../support/factories";
import { addSessions, createReportTenant } from "../support/report-data";

const PASSWORD = "a long enough password";

describe("registration confirms the sign-in address before the account counts", () => {
  it("sends a one-time link with the account; following it confirms, once, and only then does the account count as registered", async () => {
    const tenant = await createTenant();
    await createRegistryEntry({ tenant, identifier: "C-100" });
    const email = `c${Date.now()}@private.example`;
    const { userId } = await registerEmployee({ tenantSlug: tenant.slug, identifier: "C-100", email, password: PASSWORD }, { clientAddress: "198.51.100.7" });
    const [message] = await emailsTo(email);
    const token = /\/confirm-email\/([A-Za-z0-9_-]{43})/.exec(message!.textBody)?.[1];
    expect(token).toBeDefined();
    // Only the hash is stored.
    const stored = await db().user.findUniqueOrThrow({ where: { id: userId } });
    expect(stored.emailConfirmedAt).toBeNull();
    expect(Buffer.from(stored.emailConfirmTokenHash!).toString("base64url")).not.toBe(token);

    const month = { start: new Date(Date.now() - 86_400_000), end: new Date(Date.now() + 86_400_000), yearStart: new Date(Date.now() - 30 * 86_400_000) };
    expect((await readMonthFacts({ tenantId: tenant.id }, month)).registered).toBe(0);
    expect(await confirmEmail(token!)).toBe("confirmed");
    expect(await confirmEmail(token!)).toBe("already");
    expect(await confirmEmail("x".repeat(43))).toBe("unknown");
    expect(await confirmEmail("../../etc")).toBe("unknown");
    expect((await db().user.findUniqueOrThrow({ where: { id: userId } })).emailConfirmedAt).not.toBeNull();
    expect((await readMonthFacts({ tenantId: tenant.id }, month)).registered).toBe(1);
  });
});

describe("bursts an employer could be manufacturing reach the platform admin", () => {
  it("raises one alert for 25 registrations or 10 late cancellations in a day, none for ordinary days, and shows it to the platform admin only", async () => {
    const now = new Date("2026-11-20T12:00:00Z");
    const busy = await createReportTenant({ registered: 30, unregistered: 0 });
    const quiet = await createReportTenant({ registered: 30, unregistered: 0 });
    const hoursAgo = (h: number) => new Date(now.getTime() - h * 3_600_000);
    await db().user.updateMany({ where: { id: { in: busy.employees.slice(0, 25) } }, data: { createdAt: hoursAgo(3) } });
    await db().user.updateMany({ where: { id: { in: quiet.employees.slice(0, 24) } }, data: { createdAt: hoursAgo(3) } });
    const lateCancellations = (target: typeof busy, n: number) =>
      addSessions(
        target,
        target.employees
          .slice(0, n)
          .map((employeeId, i) => ({ employeeId, startsAt: new Date(now.getTime() + (i + 1) * 3_600_000), status: "cancelled" as const })),
      ).then((ids) => db().appointment.updateMany({ where: { id: { in: ids } }, data: { cancelledAt: hoursAgo(1) } }));
    await lateCancellations(busy, 10);
    await lateCancellations(quiet, 9);

    await raiseActivityAlerts(now);
    await raiseActivityAlerts(new Date(now.getTime() + 3_600_000)); // the next hour's run: the same burst, no second alert
    const alerts = await db().platformAlert.findMany({ where: { tenantId: { in: [busy.tenant.id, quiet.tenant.id] } }, orderBy: { kind: "asc" } });
    expect(alerts.map((a) => [a.tenantId, a.kind, a.count])).toEqual([
      [busy.tenant.id, "lateCancellations", 10],
      [busy.tenant.id, "registrations", 25],
    ]);
    const admin = actorOf(await createUser({ role: "platform_admin" }));
    const listed = await listActivityAlerts(admin, now);
    expect(listed.filter((a) => alerts.some((b) => b.id === a.id))).toHaveLength(2);
    const hr = actorOf(await createUser({ role: "hr", tenant: busy.tenant }));
    expect(await codeOf(listActivityAlerts(hr, now))).toBe("forbidden");
  });
});
