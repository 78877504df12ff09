import { beforeEach, describe, expect, it } from "vitest";
import { userByEmail } from "../support/sealed-lookups";
import { openAlias } from "@/lib/auth/account-fields";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { signIn } from "@/lib/auth/sign-in";
import { CANNOT_REGISTER, registerEmployee } from "@/lib/registry/register-employee";
import { importRegistry } from "@/lib/registry/import-registry";
import { createRegistryEntry, createTenant } from "../support/factories";
import { textFile } from "../support/registry-files";

let tenant: { id: string; slug: string };
let address = 0;
const nextAddress = () => `203.0.113.${++address % 250}`;
const PASSWORD = "a long enough password";

async function attempt(input: Partial<Parameters<typeof registerEmployee>[0]>, clientAddress = nextAddress()) {
  try {
    return await registerEmployee(
      { tenantSlug: tenant.slug, identifier: "", email: `e${Math.random()}@private.example`, password: PASSWORD, ...input },
      { clientAddress },
    );
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
}

beforeEach(async () => {
  tenant = await createTenant();
  await db().rateLimit.deleteMany();
});

const FROM = { clientAddress: `198.51.100.${Math.floor(Math.random() * 250)}` };

describe("self-registration", () => {
  it("binds a new account to the registry entry, and the employee can sign in", async () => {
    const entry = await createRegistryEntry({ tenant, identifier: "007001" });
    const result = await attempt({ identifier: " 007001 ", email: "Me@Private.example", displayName: "Kim" });
    expect(result).toMatchObject({ email: "me@private.example" });
    const user = await userByEmail("me@private.example");
    expect(user).toMatchObject({ role: "employee", tenantId: tenant.id, registryEntryId: entry.id, displayName: "Kim" });
    expect(await signIn({ email: "me@private.example", password: PASSWORD }, FROM)).toMatchObject({ ok: true });
  });

  it("gives one answer for an unknown identifier, a used one and a taken e-mail", async () => {
    await createRegistryEntry({ tenant, identifier: "007002" });
    await attempt({ identifier: "007002", email: "first@private.example" });
    const answers = [
      await attempt({ identifier: "NOT-IN-REGISTRY" }),
      await attempt({ identifier: "007002" }),
      await attempt({ identifier: "007003", email: "first@private.example" }),
    ];
    for (const answer of answers) expect(answer).toMatchObject({ code: "unprocessable", message: CANNOT_REGISTER });
  });

  it("refuses an identifier that left the registry, and a suspended tenant", async () => {
    await createRegistryEntry({ tenant, identifier: "GONE-1", status: "removed" });
    expect(await attempt({ identifier: "GONE-1" })).toMatchObject({ message: CANNOT_REGISTER });
    const paused = await createTenant({ status: "suspended" });
    await createRegistryEntry({ tenant: paused, identifier: "P-1" });
    expect(await attempt({ tenantSlug: paused.slug, identifier: "P-1" })).toMatchObject({ message: CANNOT_REGISTER });
  });

  it("keeps no bidirectional or invisible characters in the alias others read", async () => {
    await createRegistryEntry({ tenant, identifier: "BIDI-1" });
    const email = `bidi-${Date.now()}@private.example`;
    await attempt({ identifier: "BIDI-1", email, displayName: "Kim\u202E\u200Bmal\u2066" });
    expect(openAlias(await userByEmail(email))).toBe("Kimmal");
  });

  it("explains weak input without touching the registry", async () => {
    const short = await registerEmployee(
      { tenantSlug: tenant.slug, identifier: "X", email: "a@b.example", password: "short" },
      { clientAddress: nextAddress() },
    ).catch((e) => e);
    expect(short.issues?.[0]?.message).toBe("errors.registration.passwordShort");
  });

  it("limits attempts per address with a clear message", async () => {
    const from = "198.51.100.7";
    // Exactly ten are evaluated (a limit of one would refuse the second), the eleventh is refused.
    for (let i = 0; i < 10; i++) expect(await attempt({ identifier: `NOPE-${i}` }, from)).toMatchObject({ message: CANNOT_REGISTER });
    const limited = await attempt({ identifier: "NOPE-X" }, from);
    expect(limited).toMatchObject({ code: "rate_limited" });
    expect(limited).toMatchObject({ message: "errors.registration.rateLimited", details: { params: { minutes: expect.any(Number) } } });
    expect((limited as AppError).details?.retryAfterSeconds).toBeGreaterThan(0);
  });

  it("counts 30 guesses sent at once like 30 sent one after another: exactly 10 are evaluated", async () => {
    const from = "198.51.100.31";
    const answers = await Promise.all(Array.from({ length: 30 }, (_, i) => attempt({ identifier: `PARALLEL-${i}` }, from)));
    const codes = answers.map((a) => (a instanceof AppError ? (a.code === "rate_limited" ? "limited" : a.message) : "registered"));
    expect(codes.filter((c) => c === CANNOT_REGISTER)).toHaveLength(10);
    expect(codes.filter((c) => c === "limited")).toHaveLength(20);
  });

  it("lets a whole office register from one address: only failures are limited", async () => {
    const office = "198.51.100.77";
    for (let i = 0; i < 12; i++) {
      await createRegistryEntry({ tenant, identifier: `OFFICE-${i}` });
      expect(await attempt({ identifier: `OFFICE-${i}`, email: `office-${i}@private.example` }, office)).toMatchObject({
        email: `office-${i}@private.example`,
      });
    }
  });

  it("limits failed attempts per tenant across addresses", async () => {
    for (let i = 0; i < 60; i++) await attempt({ identifier: `GUESS-${i}` }, `192.0.2.${i}`);
    await createRegistryEntry({ tenant, identifier: "REAL-1" });
    expect(await attempt({ identifier: "REAL-1" }, "192.0.2.200")).toMatchObject({ code: "rate_limited" });
  });
});

describe("leaving the registry", () => {
  it("ends sign-in after the grace period with a plain message, and a returning identifier restores the account", async () => {
    await createRegistryEntry({ tenant, identifier: "STAY-1" });
    await createRegistryEntry({ tenant, identifier: "LEAVE-1" });
    await attempt({ identifier: "LEAVE-1", email: "leaver@private.example" });
    const system = { id: null, role: "system" as const, tenantId: null };

    await importRegistry(system, { tenantId: tenant.id, mode: "replace" }, textFile("r.csv", ["id", "STAY-1"]));
    expect(await signIn({ email: "leaver@private.example", password: PASSWORD }, FROM)).toMatchObject({ ok: false, refusal: "not_covered" });

    await db().contract.update({ where: { tenantId: tenant.id }, data: { registryGraceDays: 30 } });
    expect(await signIn({ email: "leaver@private.example", password: PASSWORD }, FROM)).toMatchObject({ ok: true });

    await db().contract.update({ where: { tenantId: tenant.id }, data: { registryGraceDays: 0 } });
    await importRegistry(system, { tenantId: tenant.id, mode: "append" }, textFile("back.csv", ["id", "LEAVE-1"]));
    expect(await signIn({ email: "leaver@private.example", password: PASSWORD }, FROM)).toMatchObject({ ok: true });
  });
});
