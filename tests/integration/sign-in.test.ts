import { describe, expect, it } from "vitest";
import { signIn } from "@/lib/auth/sign-in";
import { createTenant, createUser, TEST_PASSWORD } from "../support/factories";

describe("signIn", () => {
  it("accepts the right password, whatever the e-mail's case and spacing", async () => {
    const tenant = await createTenant();
    const user = await createUser({ role: "hr", tenant });
    const result = await signIn({ email: `  ${user.email.toUpperCase()} `, password: TEST_PASSWORD });
    expect(result).toEqual({ ok: true, user: { id: user.id, role: "hr", tenantId: tenant.id } });
  });

  it("gives the same answer for a wrong password and an unknown e-mail", async () => {
    const user = await createUser({ role: "platform_admin" });
    expect(await signIn({ email: user.email, password: "wrong password" })).toEqual({ ok: false, refusal: "invalid_credentials" });
    expect(await signIn({ email: "nobody@example.test", password: TEST_PASSWORD })).toEqual({ ok: false, refusal: "invalid_credentials" });
  });

  it("tells a suspended person, and only after the right password", async () => {
    const user = await createUser({ role: "psychologist", status: "suspended" });
    expect(await signIn({ email: user.email, password: "wrong password" })).toEqual({ ok: false, refusal: "invalid_credentials" });
    expect(await signIn({ email: user.email, password: TEST_PASSWORD })).toEqual({ ok: false, refusal: "account_suspended" });
  });

  it("refuses members of a suspended tenant", async () => {
    const tenant = await createTenant({ status: "suspended" });
    const user = await createUser({ role: "employee", tenant });
    expect(await signIn({ email: user.email, password: TEST_PASSWORD })).toEqual({ ok: false, refusal: "tenant_suspended" });
  });
});
