import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { resolveActor, type SessionClaims } from "@/lib/auth/guard";
import { ROUTE_ROLES } from "@/lib/auth/route-roles";
import type { Role } from "@/lib/auth/roles";
import { nowSeconds } from "@/lib/auth/session-policy";
import { ALL_PAGES, ALL_ROLES, mayOpen } from "../support/access-policy";
import { codeOf } from "../support/error-code";
import { createTenant, createUser } from "../support/factories";

const ROLES: Role[] = ALL_ROLES;
const fresh = () => ({ authTime: nowSeconds() - 60, lastSeen: nowSeconds() - 10 });

describe("the guard", () => {
  const users = {} as Record<Role, { id: string; role: Role }>;

  beforeAll(async () => {
    const tenant = await createTenant();
    for (const role of ROLES) users[role] = await createUser({ role, tenant });
  });

  it("guards exactly the pages the hand-written policy names", () => {
    expect(Object.keys(ROUTE_ROLES).sort()).toEqual(ALL_PAGES);
  });

  for (const [route, allowed] of Object.entries(ROUTE_ROLES)) {
    for (const role of ROLES) {
      // Expected from the policy written out in the test, not from the table under test.
      const expected = mayOpen(role, route) ? "ok" : "forbidden";
      it(`${expected === "ok" ? "admits" : "refuses"} ${role} on ${route}`, async () => {
        const claims: SessionClaims = { userId: users[role].id, role, ...fresh() };
        expect(await codeOf(resolveActor(claims, allowed))).toBe(expected);
      });
    }
  }

  it("refuses a visitor without a session", async () => {
    expect(await codeOf(resolveActor(null, ROUTE_ROLES["/home"]))).toBe("unauthenticated");
  });

  it("ends a session idle for longer than the idle limit", async () => {
    const claims = { userId: users.employee.id, role: "employee" as const, authTime: nowSeconds() - 7200, lastSeen: nowSeconds() - 31 * 60 };
    expect(await codeOf(resolveActor(claims, ["employee"]))).toBe("unauthenticated");
  });

  it("ends a session past the absolute limit even when it was active", async () => {
    const claims = { userId: users.employee.id, role: "employee" as const, authTime: nowSeconds() - 13 * 3600, lastSeen: nowSeconds() - 5 };
    expect(await codeOf(resolveActor(claims, ["employee"]))).toBe("unauthenticated");
  });

  it("ends a signed-out session everywhere its token still travels, and only that session", async () => {
    const { recordSignOut } = await import("@/lib/auth/sign-out");
    const signedInAt = Date.now() - 60_000;
    const session = { userId: users.hr.id, role: "hr" as const, ...fresh(), authTimeMs: signedInAt };
    expect(await codeOf(resolveActor(session, ["hr"]))).toBe("ok");
    await recordSignOut({ userId: users.hr.id, authTimeMs: signedInAt });
    const refused = await resolveActor(session, ["hr"]).catch((error: unknown) => error);
    expect(refused).toMatchObject({ code: "unauthenticated", message: "errors.session.signedOut" });
    // The same person's session in another browser carries on.
    expect(await codeOf(resolveActor({ ...session, authTimeMs: signedInAt + 1 }, ["hr"]))).toBe("ok");
  });

  it("refuses a session whose claims lack the times", async () => {
    expect(await codeOf(resolveActor({ userId: users.employee.id, role: "employee" }, ["employee"]))).toBe("unauthenticated");
  });

  it("refuses a suspended account at once, with a live token", async () => {
    const tenant = await createTenant();
    const user = await createUser({ role: "hr", tenant, status: "suspended" });
    expect(await codeOf(resolveActor({ userId: user.id, role: "hr", ...fresh() }, ["hr"]))).toBe("unauthenticated");
  });

  it("refuses everyone of a suspended tenant", async () => {
    const tenant = await createTenant({ status: "suspended" });
    const user = await createUser({ role: "employee", tenant });
    expect(await codeOf(resolveActor({ userId: user.id, role: "employee", ...fresh() }, ["employee"]))).toBe("unauthenticated");
  });

  it("does not honour a role the token claims but the account no longer has", async () => {
    const tenant = await createTenant();
    const user = await createUser({ role: "hr", tenant });
    await db().user.update({ where: { id: user.id }, data: { role: "tenant_admin" } });
    expect(await codeOf(resolveActor({ userId: user.id, role: "hr", ...fresh() }, ["hr"]))).toBe("unauthenticated");
  });

  it("refuses a token naming a user that does not exist", async () => {
    const claims = { userId: "00000000-0000-4000-8000-000000000000", role: "platform_admin" as const, ...fresh() };
    expect(await codeOf(resolveActor(claims, ["platform_admin"]))).toBe("unauthenticated");
  });
});
