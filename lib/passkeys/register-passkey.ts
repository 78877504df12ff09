/**
 * Adding a passkey from the account page: options for the browser's ceremony, then the check of its
 * answer (SimpleWebAuthn), then the credential stored under the name the person chose. Audited.
 */
import { generateRegistrationOptions, verifyRegistrationResponse, type PublicKeyCredentialCreationOptionsJSON } from "@simplewebauthn/server";
import { z } from "zod";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Actor } from "@/lib/auth/guard";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { storeChallenge, takeChallenge } from "./challenges";
import { relyingParty } from "./relying-party";

export const MAX_PASSKEYS = 10;

export async function passkeyRegistrationOptions(actor: Actor): Promise<{ challengeId: string; options: PublicKeyCredentialCreationOptionsJSON }> {
  const existing = await db().passkey.findMany({ where: { userId: actor.id }, select: { credentialId: true, transports: true } });
  if (existing.length >= MAX_PASSKEYS) throw new AppError("conflict", "errors.passkey.tooMany", { params: { max: MAX_PASSKEYS } });
  const rp = relyingParty();
  const options = await generateRegistrationOptions({
    rpName: rp.name,
    rpID: rp.id,
    userName: actor.email,
    userDisplayName: actor.displayName ?? actor.email,
    userID: new TextEncoder().encode(actor.id),
    attestationType: "none",
    // Discoverable, so signing in needs no e-mail typed first; the device's own check (PIN, fingerprint) is asked.
    authenticatorSelection: { residentKey: "required", userVerification: "required" },
    excludeCredentials: existing.map((p) => ({ id: p.credentialId, transports: p.transports as AuthenticatorTransport[] })),
  });
  return { challengeId: await storeChallenge("register", options.challenge, actor.id), options };
}

type AuthenticatorTransport = "ble" | "cable" | "hybrid" | "internal" | "nfc" | "smart-card" | "usb";

export const ZRegisterPasskey = z.object({
  challengeId: z.uuid(),
  name: z.string({ error: "errors.passkey.nameRequired" }).trim().min(1, "errors.passkey.nameRequired").max(60, "errors.passkey.nameTooLong"),
  response: z.object({ id: z.string().min(1).max(1024), rawId: z.string().max(1024), type: z.literal("public-key") }).passthrough(),
});

export async function registerPasskey(actor: Actor, input: unknown): Promise<{ id: string; name: string }> {
  const data = ZRegisterPasskey.parse(input);
  const challenge = await takeChallenge(data.challengeId, "register", actor.id);
  if (!challenge) throw new AppError("conflict", "errors.passkey.expired");
  const rp = relyingParty();
  const verification = await verifyRegistrationResponse({
    response: data.response as never,
    expectedChallenge: challenge,
    expectedOrigin: rp.origin,
    expectedRPID: rp.id,
    requireUserVerification: true,
  }).catch(() => null);
  if (!verification?.verified || !verification.registrationInfo) throw new AppError("unprocessable", "errors.passkey.notVerified");
  const { credential } = verification.registrationInfo;
  return db().$transaction(async (tx) => {
    // One registration at a time per account, so ten sent at once cannot pass the cap together.
    await tx.$executeRaw`SELECT 1 FROM users WHERE id = ${actor.id}::uuid FOR UPDATE`;
    if ((await tx.passkey.count({ where: { userId: actor.id } })) >= MAX_PASSKEYS)
      throw new AppError("conflict", "errors.passkey.tooMany", { params: { max: MAX_PASSKEYS } });
    const passkey = await tx.passkey.create({
      data: {
        userId: actor.id,
        credentialId: credential.id,
        publicKey: new Uint8Array(credential.publicKey),
        counter: credential.counter,
        transports: credential.transports ?? [],
        name: data.name,
      },
      select: { id: true, name: true },
    });
    await recordAudit(
      { action: "passkey.added", actorId: actor.id, actorRole: actor.role, tenantId: actor.tenantId, targetType: "passkey", targetId: passkey.id },
      tx,
    );
    return passkey;
  });
}
