/**
 * Signing in with a passkey: no e-mail, no password, no code. The browser's ceremony answers a
 * one-time challenge with the device's key after its own check (PIN, fingerprint, face), so a
 * passkey is both factors at once. The account's state is checked as for a password.
 */
import { generateAuthenticationOptions, verifyAuthenticationResponse, type PublicKeyCredentialRequestOptionsJSON } from "@simplewebauthn/server";
import { z } from "zod";
import { ACCOUNT_STATE_SELECT, accountRefusal, type SignInResult } from "@/lib/auth/sign-in";
import { db } from "@/lib/db/client";
import { consume, reserve } from "@/lib/security/rate-limit";
import { storeChallenge, takeChallenge } from "./challenges";
import { relyingParty } from "./relying-party";

export async function passkeySignInOptions(context: {
  clientAddress: string;
}): Promise<{ challengeId: string; options: PublicKeyCredentialRequestOptionsJSON }> {
  await consume("passkeyChallengesPerAddress", context.clientAddress, "errors.passkey.tooManyChallenges");
  const options = await generateAuthenticationOptions({ rpID: relyingParty().id, userVerification: "required", allowCredentials: [] });
  return { challengeId: await storeChallenge("sign-in", options.challenge, null), options };
}

export const ZPasskeySignIn = z.object({
  challengeId: z.uuid(),
  response: z.string().max(16_384),
});

const ZAssertion = z.object({ id: z.string().min(1).max(1024), rawId: z.string().max(1024), type: z.literal("public-key") }).passthrough();

export async function signInWithPasskey(input: unknown, context: { clientAddress: string }): Promise<SignInResult> {
  const parsed = ZPasskeySignIn.safeParse(input);
  const assertion = parsed.success ? ZAssertion.safeParse(safeJson(parsed.data.response)) : null;
  if (!parsed.success || !assertion?.success) return { ok: false, refusal: "passkey_not_recognised" };

  const attempt = await reserve("passkeySignInFailuresPerAddress", context.clientAddress);
  if (!attempt.allowed) return { ok: false, refusal: "rate_limited", retryAfterSeconds: attempt.retryAfterSeconds };
  const result = await verify(parsed.data.challengeId, assertion.data);
  if (result.ok || result.refusal !== "passkey_not_recognised") await attempt.refund();
  return result;
}

async function verify(challengeId: string, response: z.infer<typeof ZAssertion>): Promise<SignInResult> {
  const challenge = await takeChallenge(challengeId, "sign-in", null);
  const passkey = await db().passkey.findUnique({
    where: { credentialId: response.id },
    include: { user: { select: ACCOUNT_STATE_SELECT } },
  });
  if (!challenge || !passkey) return { ok: false, refusal: "passkey_not_recognised" };
  const rp = relyingParty();
  const verification = await verifyAuthenticationResponse({
    response: response as never,
    expectedChallenge: challenge,
    expectedOrigin: rp.origin,
    expectedRPID: rp.id,
    requireUserVerification: true,
    credential: {
      id: passkey.credentialId,
      publicKey: new Uint8Array(passkey.publicKey),
      counter: Number(passkey.counter),
      transports: passkey.transports as never,
    },
  }).catch(() => null);
  if (!verification?.verified) return { ok: false, refusal: "passkey_not_recognised" };
  await db().passkey.update({ where: { id: passkey.id }, data: { counter: verification.authenticationInfo.newCounter, lastUsedAt: new Date() } });
  const refusal = accountRefusal(passkey.user);
  if (refusal) return { ok: false, refusal };
  return { ok: true, user: { id: passkey.user.id, role: passkey.user.role, tenantId: passkey.user.tenantId } };
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
