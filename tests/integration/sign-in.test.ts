import { describe, expect, it } from "vitest";
import { signIn, type SignInResult } from "@/lib/auth/sign-in";
import { LIMITS } from "@/lib/security/rate-limit";
import { createTenant, createUser, TEST_PASSWORD } from "../support/factories";

/** What the person is told: the result without the account id kept for the audit log (lib/auth/admit-sign-in). */
function answerOf(result: SignInResult) {
  if (result.ok) return result;
  const answer: Partial<typeof result> = { ...result };
  delete answer.accountId;
  return answer;
}

const FROM = { clientAddress: `198.51.100.${Math.floor(Math.random() * 250)}` };

describe("signIn", () => {
  it("accepts the right password, whatever the e-mail's case and spacing", async () => {
    const tenant = await createTenant();
    const user = await createUser({ role: "hr", tenant });
    const result = await signIn({ email: `  ${user.email.toUpperCase()} `, password: TEST_PASSWORD }, FROM);
    expect(result).toEqual({ ok: true, user: { id: user.id, role: "hr", tenantId: tenant.id } });
  });

  it("gives the same answer for a wrong password and an unknown e-mail", async () => {
    const user = await createUser({ role: "platform_admin" });
    expect(answerOf(await signIn({ email: user.email, password: "wrong password" }, FROM))).toEqual({ ok: false, refusal: "invalid_credentials" });
    expect(answerOf(await signIn({ email: "nobody@example.test", password: TEST_PASSWORD }, FROM))).toEqual({ ok: false, refusal: "invalid_credentials" });
  });

  it("tells a suspended person, and only after the right password", async () => {
    const user = await createUser({ role: "psychologist", status: "suspended" });
    expect(answerOf(await signIn({ email: user.email, password: "wrong password" }, FROM))).toEqual({ ok: false, refusal: "invalid_credentials" });
    expect(answerOf(await signIn({ email: user.email, password: TEST_PASSWORD }, FROM))).toEqual({ ok: false, refusal: "account_suspended" });
  });

  it("refuses members of a suspended tenant", async () => {
    const tenant = await createTenant({ status: "suspended" });
    const user = await createUser({ role: "employee", tenant });
    expect(answerOf(await signIn({ email: user.email, password: TEST_PASSWORD }, FROM))).toEqual({ ok: false, refusal: "tenant_suspended" });
  });

  describe("brute force", () => {
    const address = () => ({ clientAddress: `203.0.113.${Math.floor(Math.random() * 250)}:${Math.random()}` });
    const perAccount = LIMITS.signInFailuresPerAccount.points;

    it("refuses even the right password once an account's failures are spent, and says how long to wait", async () => {
      const user = await createUser({ role: "hr", tenant: await createTenant() });
      const from = address();
      expect(perAccount).toBe(10);
      for (let i = 0; i < perAccount; i++)
        expect(answerOf(await signIn({ email: user.email, password: `guess ${i}` }, from))).toEqual({ ok: false, refusal: "invalid_credentials" });
      const blocked = await signIn({ email: user.email, password: TEST_PASSWORD }, from);
      expect(blocked).toMatchObject({ ok: false, refusal: "rate_limited" });
      expect(blocked.ok === false && blocked.retryAfterSeconds).toBeGreaterThan(60);
      // Another address changes nothing: the limit belongs to the account.
      expect(await signIn({ email: user.email, password: TEST_PASSWORD }, address())).toMatchObject({ refusal: "rate_limited" });
    });

    it("treats an e-mail without an account exactly like one with an account", async () => {
      const from = address();
      const email = `nobody-${Math.random().toString(36).slice(2)}@example.test`;
      const answers = [];
      for (let i = 0; i <= perAccount; i++) answers.push(await signIn({ email, password: `guess ${i}` }, from));
      expect(answers.slice(0, perAccount).every((a) => !a.ok && a.refusal === "invalid_credentials")).toBe(true);
      expect(answers[perAccount]).toMatchObject({ ok: false, refusal: "rate_limited" });
    });

    it("counts 30 wrong passwords sent at once like 30 sent one after another: exactly 10 are evaluated", async () => {
      expect(perAccount).toBe(10);
      const user = await createUser({ role: "hr", tenant: await createTenant() });
      const from = address();
      const answers = await Promise.all(Array.from({ length: 30 }, (_, i) => signIn({ email: user.email, password: `parallel guess ${i}` }, from)));
      const refusals = answers.map((a) => (a.ok ? "ok" : a.refusal));
      expect(refusals.filter((r) => r === "invalid_credentials")).toHaveLength(10);
      expect(refusals.filter((r) => r === "rate_limited")).toHaveLength(20);
    });

    it("forgets an account's failures after the right password", async () => {
      const user = await createUser({ role: "psychologist" });
      const from = address();
      for (let round = 0; round < 2; round++) {
        for (let i = 0; i < perAccount - 1; i++) await signIn({ email: user.email, password: `guess ${i}` }, from);
        expect((await signIn({ email: user.email, password: TEST_PASSWORD }, from)).ok).toBe(true);
      }
    });

    it("limits one address guessing across many accounts", async () => {
      const from = address();
      const users = await Promise.all([1, 2].map(() => createUser({ role: "platform_admin" })));
      for (let i = 0; i < LIMITS.signInFailuresPerAddress.points; i++)
        await signIn({ email: `spray-${i}-${Math.random()}@example.test`, password: "Winter2026!" }, from);
      expect(await signIn({ email: users[0]!.email, password: TEST_PASSWORD }, from)).toMatchObject({ ok: false, refusal: "rate_limited" });
      // Everyone else signs in as before.
      expect((await signIn({ email: users[1]!.email, password: TEST_PASSWORD }, address())).ok).toBe(true);
    });
  });
});
