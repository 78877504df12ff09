/**
 * Passkeys around the ceremony: challenges, refusals, limits, management and what the guard makes
 * of them. The ceremonies themselves (a real authenticator's answers) run in Chromium with its
 * virtual authenticator: tests/e2e/passkeys.spec.ts.
 */
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { resolveActor } from "@/lib/auth/guard";
import { nowSeconds } from "@/lib/auth/session-policy";
import { db } from "@/lib/db/client";
import { storeChallenge, takeChallenge } from "@/lib/passkeys/challenges";
import { listPasskeys, removePasskey, renamePasskey } from "@/lib/passkeys/manage-passkeys";
import { passkeyRegistrationOptions, registerPasskey } from "@/lib/passkeys/register-passkey";
import { passkeySignInOptions, signInWithPasskey } from "@/lib/passkeys/sign-in-with-passkey";
import { codeOf } from "../support/error-code";
import { actorOf, createTenant, createUser } from "../support/factories";

const fakeAnswer = (id = "AAAA") => ({ id, rawId: id, type: "public-key", response: { clientDataJSON: "e30", attestationObject: "AA" } });

async function storedPasskey(userId: string, name = "Work laptop") {
  return db().passkey.create({ data: { userId, credentialId: randomUUID(), publicKey: new Uint8Array([1, 2, 3]), name } });
}

describe("passkey challenges", () => {
  it("answer once, for their purpose and person only, within five minutes", async () => {
    const user = await createUser({ role: "employee", tenant: await createTenant() });
    const id = await storeChallenge("register", "challenge-1", user.id);
    expect(await takeChallenge(id, "sign-in", null)).toBeNull();
    expect(await takeChallenge(id, "register", randomUUID())).toBeNull();
    expect(await takeChallenge(id, "register", user.id)).toBe("challenge-1");
    expect(await takeChallenge(id, "register", user.id)).toBeNull();
    const old = await storeChallenge("sign-in", "challenge-2", null, new Date(Date.now() - 6 * 60_000));
    expect(await takeChallenge(old, "sign-in", null)).toBeNull();
  });
});

describe("adding a passkey", () => {
  it("offers options that exclude the account's passkeys, and refuses an answer that does not verify, spending the challenge", async () => {
    const user = await createUser({ role: "employee", tenant: await createTenant() });
    const actor = actorOf(user);
    const existing = await storedPasskey(user.id);
    const { challengeId, options } = await passkeyRegistrationOptions(actor);
    expect(options.rp).toMatchObject({ name: "Harbor" });
    expect(options.authenticatorSelection).toMatchObject({ residentKey: "required", userVerification: "required" });
    expect(options.excludeCredentials?.map((c) => c.id)).toEqual([existing.credentialId]);
    expect(await codeOf(registerPasskey(actor, { challengeId, name: "Phone", response: fakeAnswer() }))).toBe("unprocessable");
    expect(await codeOf(registerPasskey(actor, { challengeId, name: "Phone", response: fakeAnswer() }))).toBe("conflict");
    expect(await listPasskeys(actor)).toHaveLength(1);
  });

  it("holds at most ten per account", async () => {
    const user = await createUser({ role: "employee", tenant: await createTenant() });
    for (let i = 0; i < 10; i++) await storedPasskey(user.id, `Key ${i}`);
    expect(await codeOf(passkeyRegistrationOptions(actorOf(user)))).toBe("conflict");
  });
});

describe("signing in with a passkey", () => {
  it("refuses an unknown or malformed answer alike, and limits the refusals per network address", async () => {
    const from = { clientAddress: `203.0.113.${Math.floor(Math.random() * 250)}:${Math.random()}` };
    const { challengeId } = await passkeySignInOptions(from);
    expect(await signInWithPasskey({ challengeId, response: "not json" }, from)).toEqual({ ok: false, refusal: "passkey_not_recognised" });
    expect(await signInWithPasskey({ challengeId, response: JSON.stringify(fakeAnswer("unknown-credential")) }, from)).toEqual({
      ok: false,
      refusal: "passkey_not_recognised",
    });
    const outcomes = await Promise.all(
      Array.from({ length: 40 }, async () => {
        const options = await passkeySignInOptions(from);
        return signInWithPasskey({ challengeId: options.challengeId, response: JSON.stringify(fakeAnswer(randomUUID())) }, from);
      }),
    );
    // One of the thirty was spent above; the rest of the forty are refused for a while.
    expect(outcomes.filter((o) => !o.ok && o.refusal === "passkey_not_recognised")).toHaveLength(29);
    expect(outcomes.filter((o) => !o.ok && o.refusal === "rate_limited")).toHaveLength(11);
  });
});

describe("passkey sign-in challenges", () => {
  it("are limited per network address, atomically: of seventy asked at once, sixty are made", async () => {
    const from = { clientAddress: `198.51.100.${Math.floor(Math.random() * 250)}:${Math.random()}` };
    const outcomes = await Promise.all(Array.from({ length: 70 }, () => codeOf(passkeySignInOptions(from))));
    expect(outcomes.filter((o) => o === "ok")).toHaveLength(60);
    expect(outcomes.filter((o) => o === "rate_limited")).toHaveLength(10);
  });
});

describe("managing passkeys", () => {
  it("renames and removes only the account's own, audited, and counts them as a second factor for staff", async () => {
    const psychologist = await createUser({ role: "psychologist", secondFactor: false });
    const actor = actorOf(psychologist);
    const claims = { userId: psychologist.id, role: "psychologist" as const, authTime: nowSeconds(), authTimeMs: Date.now(), lastSeen: nowSeconds() };
    expect(await codeOf(resolveActor(claims, ["psychologist"]))).toBe("forbidden");
    const passkey = await storedPasskey(psychologist.id);
    expect(await resolveActor(claims, ["psychologist"])).toMatchObject({ secondFactorSetupDue: false });

    const stranger = actorOf(await createUser({ role: "employee", tenant: await createTenant() }));
    expect(await codeOf(renamePasskey(stranger, { passkeyId: passkey.id, name: "Mine now" }))).toBe("not_found");
    expect(await codeOf(removePasskey(stranger, { passkeyId: passkey.id }))).toBe("not_found");
    await renamePasskey(actor, { passkeyId: passkey.id, name: "  Desk computer " });
    expect((await listPasskeys(actor)).map((p) => p.name)).toEqual(["Desk computer"]);
    await removePasskey(actor, { passkeyId: passkey.id });
    expect(await listPasskeys(actor)).toEqual([]);
    expect(await db().auditEvent.count({ where: { actorId: psychologist.id, action: "passkey.removed", targetId: passkey.id } })).toBe(1);
    expect(await codeOf(resolveActor(claims, ["psychologist"]))).toBe("forbidden");
  });
});
