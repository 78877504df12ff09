import { beforeAll, describe, expect, it } from "vitest";
import { getTenantOverview } from "@/lib/tenants/get-tenant-overview";
import { listReportPeriods } from "@/lib/reports/get-report";
import { reportScopeFor } from "@/lib/reports/report-access";
import { getQuotaUsage } from "@/lib/booking/get-quota-usage";
import { listTenants } from "@/lib/tenants/list-tenants";
import { listAuditEvents } from "@/lib/audit/list-audit-events";
import { codeOf } from "../support/error-code";
import { actorOf, createTenant, createUser } from "../support/factories";

describe("tenant isolation", () => {
  let ours: { id: string };
  let theirs: { id: string };
  let admin: ReturnType<typeof actorOf>;
  let hr: ReturnType<typeof actorOf>;

  beforeAll(async () => {
    ours = await createTenant({ name: "Ours" });
    theirs = await createTenant({ name: "Theirs" });
    admin = actorOf(await createUser({ role: "tenant_admin", tenant: ours }));
    hr = actorOf(await createUser({ role: "hr", tenant: ours }));
  });

  it("lets a tenant admin read their own tenant", async () => {
    const overview = await getTenantOverview(admin, ours.id);
    expect(overview.tenant.name).toBe("Ours");
  });

  it("answers 'not found' when a tenant admin asks for another tenant's record by id", async () => {
    expect(await codeOf(getTenantOverview(admin, theirs.id))).toBe("not_found");
  });

  it("answers 'not found' for a malformed tenant id instead of failing", async () => {
    expect(await codeOf(getTenantOverview(admin, "not-a-uuid"))).toBe("not_found");
  });

  it("lets the platform admin read any tenant", async () => {
    const operator = actorOf(await createUser({ role: "platform_admin" }));
    expect((await getTenantOverview(operator, theirs.id)).tenant.name).toBe("Theirs");
  });

  it("reports to HR only on HR's own tenant", async () => {
    expect(reportScopeFor(hr, theirs.id)).toEqual({ tenantId: ours.id });
    expect((await listReportPeriods(reportScopeFor(hr))).name).toBe("Ours");
  });

  it("keeps HR, employees and psychologists out of other capabilities", async () => {
    const employee = actorOf(await createUser({ role: "employee", tenant: ours }));
    const psychologist = actorOf(await createUser({ role: "psychologist" }));
    expect(await codeOf(getTenantOverview(hr, ours.id))).toBe("forbidden");
    expect(await codeOf(getTenantOverview(employee, ours.id))).toBe("forbidden");
    expect(await codeOf(Promise.resolve().then(() => reportScopeFor(employee)))).toBe("forbidden");
    expect(await codeOf(Promise.resolve().then(() => reportScopeFor(psychologist)))).toBe("forbidden");
    expect(await codeOf(getQuotaUsage(hr))).toBe("forbidden");
    expect(await codeOf(listTenants(admin))).toBe("forbidden");
    expect(await codeOf(listAuditEvents(hr))).toBe("forbidden");
  });
});
