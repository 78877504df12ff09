import { randomUUID } from "node:crypto";
import { emailsTo, latestEmailTo } from "../support/sealed-lookups";
import { describe, expect, it } from "vitest";
import { ZodError } from "zod";
import { resolveActor } from "@/lib/auth/guard";
import { requestPasswordReset, RESET_LINK_MINUTES, RESET_REQUEST_FLOOR_MS, resetLinkState, resetPassword } from "@/lib/auth/password-reset";
import { verifyPassword } from "@/lib/auth/password";
import { nowSeconds } from "@/lib/auth/session-policy";
import { db } from "@/lib/db/client";
import { LIMITS } from "@/lib/security/rate-limit";
import { codeOf } from "../support/error-code";
import { createTenant, createUser } from "../support/factories";

const NEW_PASSWORD = "a new password I will remember";
const fromSomewhere = () => ({ clientAddress: `203.0.113.${Math.floor(Math.random() * 250)}-${randomUUID().slice(0, 4)}` });

/** The link the e-mail carries (the only place the token exists). */
async function linkSentTo(address: string): Promise<string> {
  const mail = await latestEmailTo(address);
  const token = /\/reset-password\/([A-Za-z0-9_-]{43})/.exec(mail.textBody)?.[1];
  if (!token) throw new Error("no link in the e-mail");
  return token;
}

async function timed(work: Promise<unknown>): Promise<number> {
  const started = performance.now();
  await work;
  return performance.now() - started;
}

describe("a forgotten password", () => {
  it("answers the same, in the same time, whether an account has the address or not, and only e-mails the account", async () => {
    const user = await createUser({ role: "employee", tenant: await createTenant() });
    const stranger = `nobody-${randomUUID()}@example.org`;
    const known = await timed(requestPasswordReset({ email: user.email.toUpperCase() }, fromSomewhere()));
    const unknown = await timed(requestPasswordReset({ email: stranger }, fromSomewhere()));
    // Both wait for the same floor, which is longer than either's own work (measured here from just
    // after the call began, so a few milliseconds short of what the function waited).
    for (const ms of [known, unknown]) expect(ms).toBeGreaterThanOrEqual(RESET_REQUEST_FLOOR_MS - 20);
    expect(Math.abs(known - unknown)).toBeLessThan(150);
    expect(await emailsTo(stranger)).toHaveLength(0);
    expect(await db().passwordReset.count({ where: { userId: user.id } })).toBe(1);
    const token = await linkSentTo(user.email);
    // Only the token's hash is stored.
    const stored = await db().passwordReset.findFirstOrThrow({ where: { userId: user.id } });
    expect(Buffer.from(stored.tokenHash).toString("base64url")).not.toBe(token);
    expect(JSON.stringify(stored)).not.toContain(token);
    expect(stored.expiresAt.getTime() - stored.createdAt.getTime()).toBeLessThanOrEqual(RESET_LINK_MINUTES * 60_000 + 1000);
  });

  it("sets the new password once, ends every session signed in before, and spends the link", async () => {
    const user = await createUser({ role: "hr", tenant: await createTenant() });
    const signedInAt = Date.now() - 5_000;
    const session = { userId: user.id, role: user.role, authTime: Math.floor(signedInAt / 1000), authTimeMs: signedInAt, lastSeen: nowSeconds() };
    expect(await codeOf(resolveActor(session, ["hr"]))).toBe("ok");
    await requestPasswordReset({ email: user.email }, fromSomewhere());
    const token = await linkSentTo(user.email);
    expect(await resetLinkState(token)).toBe("valid");

    await expect(resetPassword(token, { newPassword: NEW_PASSWORD, confirmPassword: "something else" })).rejects.toBeInstanceOf(ZodError);
    expect(await resetLinkState(token)).toBe("valid"); // a refused form leaves the link as it was

    // Clicked twice at once: one wins.
    const outcomes = await Promise.all([0, 1].map(() => codeOf(resetPassword(token, { newPassword: NEW_PASSWORD, confirmPassword: NEW_PASSWORD }))));
    expect(outcomes.sort()).toEqual(["conflict", "ok"]);
    const after = await db().user.findUniqueOrThrow({ where: { id: user.id } });
    expect(await verifyPassword(after.passwordHash, NEW_PASSWORD)).toBe(true);
    expect(await codeOf(resolveActor(session, ["hr"]))).toBe("unauthenticated");
    expect(await resetLinkState(token)).toBe("used");
    expect(await db().auditEvent.count({ where: { actorId: user.id, action: "auth.password_reset" } })).toBe(1);
  });

  it("refuses a link after 30 minutes, and one never issued", async () => {
    const user = await createUser({ role: "employee", tenant: await createTenant() });
    await requestPasswordReset({ email: user.email }, fromSomewhere());
    const token = await linkSentTo(user.email);
    const later = new Date(Date.now() + (RESET_LINK_MINUTES + 1) * 60_000);
    expect(await resetLinkState(token, later)).toBe("expired");
    const refused = await resetPassword(token, { newPassword: NEW_PASSWORD, confirmPassword: NEW_PASSWORD }, later).catch((e: unknown) => e);
    expect(refused).toMatchObject({ code: "conflict", message: "errors.passwordReset.linkExpired" });
    expect(await resetLinkState("A".repeat(43))).toBe("unknown");
    expect(await resetLinkState("../../etc")).toBe("unknown");
  });

  it("sends at most three links an hour to one address, whether it has an account or not", async () => {
    expect(LIMITS.passwordResetRequestsPerEmail.points).toBe(3);
    for (const email of [(await createUser({ role: "employee", tenant: await createTenant() })).email, `nobody-${randomUUID()}@example.org`]) {
      for (let i = 0; i < 3; i++) await requestPasswordReset({ email }, fromSomewhere());
      expect(await codeOf(requestPasswordReset({ email }, fromSomewhere()))).toBe("rate_limited");
    }
  });

  it("sends three links, not more, when thirty requests for one address arrive at once", async () => {
    const user = await createUser({ role: "employee", tenant: await createTenant() });
    const outcomes = await Promise.all(Array.from({ length: 30 }, () => codeOf(requestPasswordReset({ email: user.email }, fromSomewhere()))));
    expect(outcomes.filter((o) => o === "ok")).toHaveLength(LIMITS.passwordResetRequestsPerEmail.points);
    expect(outcomes.filter((o) => o === "rate_limited")).toHaveLength(30 - LIMITS.passwordResetRequestsPerEmail.points);
    expect(await db().passwordReset.count({ where: { userId: user.id } })).toBe(3);
    expect(await emailsTo(user.email)).toHaveLength(3);
  });
});
