import { describe, expect, it } from "vitest";
import { userByEmail } from "../support/sealed-lookups";
import { inEnglish } from "../support/in-english";
import { ZodError } from "zod";
import { db } from "@/lib/db/client";
import { changePassword } from "@/lib/auth/change-password";
import { PASSWORD_CHANGE_DUE, resolveActor, SECOND_FACTOR_SETUP_DUE } from "@/lib/auth/guard";
import { ROUTE_ROLES } from "@/lib/auth/route-roles";
import { nowSeconds } from "@/lib/auth/session-policy";
import { signIn } from "@/lib/auth/sign-in";
import { createPsychologistAccount } from "@/lib/catalogue/manage-psychologists";
import { AppError } from "@/lib/errors";
import { codeOf } from "../support/error-code";
import { actorOf, createTenant, createUser, TEST_PASSWORD } from "../support/factories";

const NEW_PASSWORD = "a brand new passphrase";
/** A session's claims as sign-in writes them, signed in at `authTimeMs` (now unless said). */
const claimsOf = (user: { id: string; role: "employee" | "psychologist" | "hr" | "tenant_admin" | "platform_admin" }, authTimeMs = Date.now()) => ({
  userId: user.id,
  role: user.role,
  authTime: Math.floor(authTimeMs / 1000),
  authTimeMs,
  lastSeen: nowSeconds(),
});
const refusal = async (work: Promise<unknown>) =>
  work.then(
    () => null,
    (error: unknown) => error,
  );

const FROM = { clientAddress: `198.51.100.${Math.floor(Math.random() * 250)}` };

describe("changing a password", () => {
  it("needs the current password, and refuses weak, mismatched or unchanged new ones field by field", async () => {
    const user = await createUser({ role: "employee", tenant: await createTenant() });
    const actor = actorOf(user);
    const wrong = await refusal(changePassword(actor, { currentPassword: "not it", newPassword: NEW_PASSWORD, confirmPassword: NEW_PASSWORD }));
    expect(wrong).toBeInstanceOf(AppError);
    expect((wrong as AppError).details?.fields).toEqual([{ path: "currentPassword", message: "errors.password.notCurrent" }]);
    expect(await inEnglish("errors.password.notCurrent")).toBe("Not your current password.");
    const cases = [
      [{ currentPassword: TEST_PASSWORD, newPassword: "short", confirmPassword: "short" }, "newPassword"],
      [{ currentPassword: TEST_PASSWORD, newPassword: NEW_PASSWORD, confirmPassword: `${NEW_PASSWORD}!` }, "confirmPassword"],
      [{ currentPassword: TEST_PASSWORD, newPassword: TEST_PASSWORD, confirmPassword: TEST_PASSWORD }, "newPassword"],
    ] as const;
    for (const [input, field] of cases) {
      const error = await refusal(changePassword(actor, input));
      expect(error).toBeInstanceOf(ZodError);
      expect((error as ZodError).issues.map((i) => i.path[0])).toContain(field);
    }
    // Nothing changed: the old password still signs in.
    expect((await signIn({ email: user.email, password: TEST_PASSWORD }, FROM)).ok).toBe(true);
  });

  it("replaces the password, ends every session signed in before it, and is audited", async () => {
    const user = await createUser({ role: "hr", tenant: await createTenant() });
    const before = Date.now() - 5000;
    await changePassword(actorOf(user), { currentPassword: TEST_PASSWORD, newPassword: NEW_PASSWORD, confirmPassword: NEW_PASSWORD }, new Date());
    expect((await signIn({ email: user.email, password: TEST_PASSWORD }, FROM)).ok).toBe(false);
    expect((await signIn({ email: user.email, password: NEW_PASSWORD }, FROM)).ok).toBe(true);
    const old = await refusal(resolveActor(claimsOf(user, before), ROUTE_ROLES["/hr"]));
    expect(old).toMatchObject({ code: "unauthenticated", details: { reason: "password_changed" } });
    expect(await codeOf(resolveActor(claimsOf(user), ROUTE_ROLES["/hr"]))).toBe("ok");
    expect(await db().auditEvent.count({ where: { action: "auth.password_changed", actorId: user.id } })).toBe(1);
  });

  it("ends a session signed in within the same second as the change, a moment before it", async () => {
    const user = await createUser({ role: "hr", tenant: await createTenant() });
    // The change at .900 of a second; a sign-in at .100 of the same second.
    const second = Math.floor(Date.now() / 1000) * 1000 - 3000;
    await changePassword(actorOf(user), { currentPassword: TEST_PASSWORD, newPassword: NEW_PASSWORD, confirmPassword: NEW_PASSWORD }, new Date(second + 900));
    const sameSecond = await refusal(resolveActor(claimsOf(user, second + 100), ROUTE_ROLES["/hr"]));
    expect(sameSecond).toMatchObject({ code: "unauthenticated", details: { reason: "password_changed" } });
    // One signed in after it, in the same second, stays.
    expect(await codeOf(resolveActor(claimsOf(user, second + 950), ROUTE_ROLES["/hr"]))).toBe("ok");
  });

  it("sends an operator-created psychologist to choose their own password before anything else", async () => {
    const admin = actorOf(await createUser({ role: "platform_admin" }));
    const email = `new-psy-${Date.now()}@example.test`;
    const { temporaryPassword } = await createPsychologistAccount(admin, { email, displayName: "Dr New" });
    const user = await userByEmail(email);
    const claims = claimsOf(user, Date.now() - 1000);
    const due = await refusal(resolveActor(claims, ROUTE_ROLES["/practice"]));
    expect(due).toMatchObject({ code: "forbidden", details: { reason: PASSWORD_CHANGE_DUE } });
    const actor = await resolveActor(claims, ROUTE_ROLES["/account/password"], { whilePasswordChangeIsDue: true });
    expect(actor.passwordChangeDue).toBe(true);
    await changePassword(actor, { currentPassword: temporaryPassword, newPassword: NEW_PASSWORD, confirmPassword: NEW_PASSWORD });
    const renewed = await resolveActor(claimsOf(user), ROUTE_ROLES["/account/password"], { whilePasswordChangeIsDue: true });
    expect(renewed.passwordChangeDue).toBe(false);
    // Next, a second factor: until one is set up, only the security page admits them.
    expect(await refusal(resolveActor(claimsOf(user), ROUTE_ROLES["/practice"]))).toMatchObject({
      code: "forbidden",
      details: { reason: SECOND_FACTOR_SETUP_DUE },
    });
    await db().totpFactor.create({ data: { userId: user.id, secretSealed: new Uint8Array([0]), confirmedAt: new Date() } });
    expect(await codeOf(resolveActor(claimsOf(user), ROUTE_ROLES["/practice"]))).toBe("ok");
  });

  it("limits guesses of the current password from an open session", async () => {
    const actor = actorOf(await createUser({ role: "employee", tenant: await createTenant() }));
    const guess = (n: number) => changePassword(actor, { currentPassword: `guess ${n}`, newPassword: NEW_PASSWORD, confirmPassword: NEW_PASSWORD });
    for (let n = 0; n < 10; n++) expect(await codeOf(guess(n))).toBe("unprocessable");
    expect(await codeOf(guess(10))).toBe("rate_limited");
  });
});
