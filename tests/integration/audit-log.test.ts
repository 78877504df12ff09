import { describe, expect, it } from "vitest";
import { admitted } from "@/lib/auth/admit-sign-in";
import { signInFully } from "@/lib/auth/sign-in";
import { AUDIT_PAGE_SIZE, searchAuditLog, ZAuditFilter } from "@/lib/audit/list-audit-events";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db/client";
import { LIMITS } from "@/lib/security/rate-limit";
import { exportMyData } from "@/lib/own-data/export-my-data";
import { createReportToken, tenantOfToken } from "@/lib/reports/api-tokens";
import { codeOf } from "../support/error-code";
import { actorOf, createTenant, createUser, TEST_PASSWORD } from "../support/factories";

const FROM = { clientAddress: "198.51.100.20" };
const filter = (input: Record<string, string>) => ZAuditFilter.parse(input);

async function operator() {
  return actorOf(await createUser({ role: "platform_admin" }));
}

describe("the audit log", () => {
  it("records refused sign-ins against the account tried, with the reason and never what was typed", async () => {
    const admin = await operator();
    const employee = await createUser({ role: "employee", tenant: await createTenant() });
    await expect(admitted(await signInFully({ email: employee.email, password: "wrong password" }, FROM), "password")).rejects.toThrow();
    await expect(admitted(await signInFully({ email: "nobody-here@example.test", password: "wrong password" }, FROM), "password")).rejects.toThrow();
    await admitted(await signInFully({ email: employee.email, password: TEST_PASSWORD }, FROM), "password");

    const own = await searchAuditLog(admin, filter({ actor: employee.email }));
    expect(own.events.map((e) => [e.action, e.meta])).toEqual([
      ["auth.sign_in", { method: "password" }],
      ["auth.sign_in_failed", { method: "password", refusal: "invalid_credentials" }],
    ]);
    // The unknown address left an event with no account and nothing of the address itself.
    const refused = await db().auditEvent.findMany({ where: { action: "auth.sign_in_failed", targetId: null }, orderBy: { id: "desc" }, take: 1 });
    expect(refused).toHaveLength(1);
    expect(JSON.stringify({ ...refused[0], id: String(refused[0]!.id) })).not.toContain("nobody-here");
  });

  it("writes a refused sign-in per checked attempt only: of thirty sent at once, the limit's worth", async () => {
    const admin = await operator();
    const employee = await createUser({ role: "employee", tenant: await createTenant() });
    const from = { clientAddress: "198.51.100.21" };
    await Promise.all(
      Array.from({ length: 30 }, async () =>
        admitted(await signInFully({ email: employee.email, password: "guess" }, from), "password").catch(() => undefined),
      ),
    );
    const written = await searchAuditLog(admin, filter({ actor: employee.id, action: "auth.sign_in_failed" }));
    expect(written.events).toHaveLength(LIMITS.signInFailuresPerAccount.points);
  });

  it("filters by action, tenant and dates, pages newest first without repeats, and is the operator's alone", async () => {
    const admin = await operator();
    const tenant = await createTenant();
    const hr = actorOf(await createUser({ role: "hr", tenant }));
    const total = AUDIT_PAGE_SIZE + 5;
    for (let i = 0; i < total; i++) await recordAudit({ action: "tenant.updated", actorId: admin.id, actorRole: "platform_admin", tenantId: tenant.id });
    await recordAudit({ action: "registry.imported", actorId: admin.id, actorRole: "platform_admin", tenantId: tenant.id });

    const first = await searchAuditLog(admin, filter({ tenant: tenant.id, action: "tenant.updated" }));
    expect(first.events).toHaveLength(AUDIT_PAGE_SIZE);
    expect(first.olderBefore).not.toBeNull();
    const second = await searchAuditLog(admin, filter({ tenant: tenant.id, action: "tenant.updated", before: first.olderBefore! }));
    expect(second.events).toHaveLength(5);
    expect(second.olderBefore).toBeNull();
    const ids = [...first.events, ...second.events].map((e) => BigInt(e.id));
    expect(new Set(ids).size).toBe(total);
    expect(ids).toEqual([...ids].sort((a, b) => (a > b ? -1 : 1)));

    const today = new Date().toISOString().slice(0, 10);
    expect((await searchAuditLog(admin, filter({ tenant: tenant.id, from: today, to: today }))).events).toHaveLength(AUDIT_PAGE_SIZE);
    expect((await searchAuditLog(admin, filter({ tenant: tenant.id, to: "2020-01-01" }))).events).toHaveLength(0);
    expect(ZAuditFilter.safeParse({ from: "2026-02-01", to: "2026-01-01" }).success).toBe(false);
    expect(ZAuditFilter.safeParse({ action: "drop table" }).success).toBe(false);
    expect((await searchAuditLog(admin, filter({ actor: "no-such-account@example.test" }))).unknownActor).toBe(true);
    expect(await codeOf(searchAuditLog(hr, filter({})))).toBe("forbidden");
  });

  it("records downloads of one's own data and report API token use, once a minute per token", async () => {
    const admin = await operator();
    const tenant = await createTenant();
    const employee = actorOf(await createUser({ role: "employee", tenant }));
    await exportMyData(employee);
    expect((await searchAuditLog(admin, filter({ actor: employee.id, action: "own_data.exported" }))).events).toHaveLength(1);

    const hr = actorOf(await createUser({ role: "hr", tenant }));
    const { token } = await createReportToken(hr, { name: "BI export" });
    const t0 = new Date();
    await Promise.all([tenantOfToken(token, t0), tenantOfToken(token, new Date(t0.getTime() + 1000))]);
    await tenantOfToken(token, new Date(t0.getTime() + 120_000));
    const used = await searchAuditLog(admin, filter({ tenant: tenant.id, action: "report_token.used" }));
    expect(used.events).toHaveLength(2);
  });
});
