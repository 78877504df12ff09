import { describe, expect, it } from "vitest";
import { ZodError } from "zod";
import { resolveActor, SECOND_FACTOR_SETUP_DUE } from "@/lib/auth/guard";
import { nowSeconds } from "@/lib/auth/session-policy";
import { signInFully } from "@/lib/auth/sign-in";
import { changePassword } from "@/lib/auth/change-password";
import { db } from "@/lib/db/client";
import { confirmTotp, removeTotp, renewRecoveryCodes, secondFactorSummary, totpSetup } from "@/lib/second-factor/manage-totp";
import { RECOVERY_CODE_COUNT } from "@/lib/second-factor/recovery-codes";
import { currentTotpCode } from "@/lib/second-factor/totp";
import { isTrustedDevice } from "@/lib/second-factor/trusted-device";
import { codeOf } from "../support/error-code";
import { actorOf, createTenant, createUser, TEST_PASSWORD, TEST_TOTP_SECRET } from "../support/factories";

const from = () => ({ clientAddress: `198.51.100.${Math.floor(Math.random() * 250)}:${Math.random()}` });
const fresh = () => ({ authTime: nowSeconds(), authTimeMs: Date.now(), lastSeen: nowSeconds() });

/** A new account, then the authenticator set up through the account page's steps; returns its key and recovery codes. */
async function enrolled(role: "employee" | "psychologist" = "psychologist") {
  const tenant = role === "employee" ? await createTenant() : null;
  const user = await createUser({ role, tenant, secondFactor: false });
  const actor = actorOf(user);
  const setup = await totpSetup(actor);
  const secret = setup.secret.replace(/\s/g, "");
  // A step before now, so the sign-in codes below (current step) are newer than the confirming one.
  const recoveryCodes = await confirmTotp(actor, { code: currentTotpCode(secret, Date.now() - 30_000) });
  return { user, actor, secret, recoveryCodes };
}

describe("setting up an authenticator", () => {
  it("keeps one pending key until a code confirms it, seals it, and shows ten recovery codes once", async () => {
    const user = await createUser({ role: "employee", tenant: await createTenant() });
    const actor = actorOf(user);
    const first = await totpSetup(actor);
    expect((await totpSetup(actor)).secret).toBe(first.secret);
    expect(first.qrSvg).toMatch(/^<svg/);
    const row = await db().totpFactor.findUniqueOrThrow({ where: { userId: user.id } });
    expect(Buffer.from(row.secretSealed).toString("latin1")).not.toContain(first.secret.replace(/\s/g, ""));
    expect(row.confirmedAt).toBeNull();

    await expect(confirmTotp(actor, { code: "12345" })).rejects.toBeInstanceOf(ZodError);
    const secret = first.secret.replace(/\s/g, "");
    const wrong = currentTotpCode(secret) === "000000" ? "111111" : "000000";
    expect(await codeOf(confirmTotp(actor, { code: wrong }))).toBe("unprocessable");
    const codes = await confirmTotp(actor, { code: currentTotpCode(secret) });
    expect(codes).toHaveLength(RECOVERY_CODE_COUNT);
    expect(new Set(codes).size).toBe(RECOVERY_CODE_COUNT);
    expect(codes.every((c) => /^[0-9a-hjkmnp-tv-z]{5}-[0-9a-hjkmnp-tv-z]{5}$/.test(c))).toBe(true);
    expect(await secondFactorSummary(actor)).toEqual({ totpOn: true, recoveryCodesLeft: 10 });
    expect(await codeOf(totpSetup(actor))).toBe("conflict");
    const audit = await db().auditEvent.findMany({ where: { actorId: user.id }, select: { action: true } });
    expect(audit.map((a) => a.action)).toContain("second_factor.totp_enabled");
  });

  it("asks for the password to renew the codes or remove the app", async () => {
    const { actor, recoveryCodes } = await enrolled("employee");
    expect(await codeOf(renewRecoveryCodes(actor, { password: "wrong" }))).toBe("unprocessable");
    const renewed = await renewRecoveryCodes(actor, { password: TEST_PASSWORD });
    expect(renewed.some((c) => recoveryCodes.includes(c))).toBe(false);
    expect(await codeOf(removeTotp(actor, { password: "wrong" }))).toBe("unprocessable");
    await removeTotp(actor, { password: TEST_PASSWORD });
    expect(await secondFactorSummary(actor)).toEqual({ totpOn: false, recoveryCodesLeft: 0 });
  });
});

describe("signing in with a second factor", () => {
  it("asks for a code after the right password, accepts each code once, and each recovery code once", async () => {
    const { user, secret, recoveryCodes } = await enrolled();
    const base = { email: user.email, password: TEST_PASSWORD };
    expect(await signInFully({ ...base, password: "wrong" }, from())).toMatchObject({ ok: false, refusal: "invalid_credentials" });
    expect(await signInFully(base, from())).toMatchObject({ ok: false, refusal: "second_factor_required" });
    expect(await signInFully({ ...base, code: "000000" === currentTotpCode(secret) ? "111111" : "000000" }, from())).toMatchObject({
      ok: false,
      refusal: "invalid_second_factor",
    });
    const code = currentTotpCode(secret);
    expect(await signInFully({ ...base, code }, from())).toMatchObject({ ok: true, user: { id: user.id } });
    // The same code again (an overheard one) is spent.
    expect(await signInFully({ ...base, code }, from())).toMatchObject({ ok: false, refusal: "invalid_second_factor" });

    const recovery = recoveryCodes[0]!;
    const twice = await Promise.all([signInFully({ ...base, code: recovery.toUpperCase() }, from()), signInFully({ ...base, code: recovery }, from())]);
    expect(twice.filter((r) => r.ok)).toHaveLength(1);
    expect(await db().recoveryCode.count({ where: { userId: user.id, usedAt: null } })).toBe(RECOVERY_CODE_COUNT - 1);
  });

  it("refuses the sixth of thirty wrong codes sent at once, even before a right one", async () => {
    const { user, secret } = await enrolled();
    const base = { email: user.email, password: TEST_PASSWORD };
    const wrong = currentTotpCode(secret) === "999999" ? "888888" : "999999";
    const outcomes = await Promise.all(Array.from({ length: 30 }, () => signInFully({ ...base, code: wrong }, from())));
    const refusals = outcomes.map((o) => (o.ok ? "ok" : o.refusal));
    expect(refusals.filter((r) => r === "invalid_second_factor")).toHaveLength(5);
    expect(refusals.filter((r) => r === "rate_limited")).toHaveLength(25);
    expect(await signInFully({ ...base, code: currentTotpCode(secret) }, from())).toMatchObject({ ok: false, refusal: "rate_limited" });
  });

  it("trusts a device after a code when asked, until the password changes", async () => {
    const { user, actor, secret } = await enrolled();
    const base = { email: user.email, password: TEST_PASSWORD };
    const signedIn = await signInFully({ ...base, code: currentTotpCode(secret), trustDevice: "true" }, from());
    if (!signedIn.ok || !("trustDevice" in signedIn) || !signedIn.trustDevice) throw new Error("expected a trusted-device cookie");
    const cookie = signedIn.trustDevice.value;
    expect(await signInFully(base, { ...from(), trustedDeviceToken: cookie })).toMatchObject({ ok: true });
    // Another account cannot borrow it, nor can a forged one pass.
    const other = await enrolled();
    expect(await signInFully({ email: other.user.email, password: TEST_PASSWORD }, { ...from(), trustedDeviceToken: cookie })).toMatchObject({
      refusal: "second_factor_required",
    });
    expect(await signInFully(base, { ...from(), trustedDeviceToken: `${cookie.slice(0, -2)}xx` })).toMatchObject({ refusal: "second_factor_required" });
    // A changed password ends every trust earned with the old one.
    await changePassword(actor, { currentPassword: TEST_PASSWORD, newPassword: "a brand new passphrase 1", confirmPassword: "a brand new passphrase 1" });
    const after = await signInFully({ ...base, password: "a brand new passphrase 1" }, { ...from(), trustedDeviceToken: cookie });
    expect(after).toMatchObject({ refusal: "second_factor_required" });
    const row = await db().user.findUniqueOrThrow({ where: { id: user.id }, include: { totpFactor: true } });
    expect(isTrustedDevice(cookie, { userId: user.id, totpConfirmedAt: row.totpFactor!.confirmedAt!, passwordChangedAt: row.passwordChangedAt })).toBe(false);
  });
});

describe("staff without a second factor", () => {
  it("reach nothing but the security page until they set one up; employees are not obliged", async () => {
    const tenant = await createTenant();
    for (const role of ["psychologist", "hr", "tenant_admin", "platform_admin"] as const) {
      const user = await createUser({ role, tenant: role === "psychologist" || role === "platform_admin" ? null : tenant, secondFactor: false });
      const claims = { userId: user.id, role, ...fresh() };
      const refused = await resolveActor(claims, [role]).catch((error: { details?: { reason?: string } }) => error);
      expect(refused).toMatchObject({ code: "forbidden", details: { reason: SECOND_FACTOR_SETUP_DUE } });
      expect(await resolveActor(claims, [role], { whileSecondFactorSetupIsDue: true })).toMatchObject({ secondFactorSetupDue: true });
    }
    const employee = await createUser({ role: "employee", tenant });
    expect(await resolveActor({ userId: employee.id, role: "employee", ...fresh() }, ["employee"])).toMatchObject({ secondFactorSetupDue: false });
  });

  it("are let in once the authenticator is confirmed", async () => {
    const { user } = await enrolled("psychologist");
    expect(await resolveActor({ userId: user.id, role: "psychologist", ...fresh() }, ["psychologist"])).toMatchObject({ secondFactorSetupDue: false });
  });
});

it("the factories' staff sign in with the published test key", async () => {
  const user = await createUser({ role: "hr", tenant: await createTenant() });
  expect(await signInFully({ email: user.email, password: TEST_PASSWORD, code: currentTotpCode(TEST_TOTP_SECRET) }, from())).toMatchObject({ ok: true });
});
