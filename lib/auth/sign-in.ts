/**
 * Checks an e-mail and password. Protects against account enumeration: an unknown address costs
 * the same argon2 work as a wrong password and produces the same answer. Protects against brute
 * force: failures are counted per e-mail address (whether or not it has an account, so the limit
 * says nothing about existence) and per client address; once either is spent, even the right
 * password is refused until the window passes.
 */
import { z } from "zod";
import { db } from "@/lib/db/client";
import type { Role } from "./roles";
import { whereEmail } from "./account-fields";
import { decoyHash, verifyPassword } from "./password";
import { isCovered } from "@/lib/registry/coverage";
import { forgive, reserve } from "@/lib/security/rate-limit";
import { trustedDeviceToken } from "@/lib/second-factor/trusted-device";
import { verifySecondFactor } from "@/lib/second-factor/verify-second-factor";

export const ZSignInInput = z.object({
  email: z.string().trim().toLowerCase().pipe(z.email()),
  password: z.string().min(1).max(1024),
});
export type SignInInput = z.infer<typeof ZSignInInput>;

/** Why a sign-in was refused; the login page turns each into a message. */
export type SignInRefusal =
  | "invalid_credentials"
  | "account_suspended"
  | "tenant_suspended"
  | "not_covered"
  | "rate_limited"
  /** The password was right; the account has an authenticator and this device is not trusted: ask for a code. */
  | "second_factor_required"
  | "invalid_second_factor"
  /** A passkey this Harbor does not hold, or an answer that does not verify. */
  | "passkey_not_recognised";

export interface SignedInUser {
  id: string;
  role: Role;
  tenantId: string | null;
}

export type SignInResult =
  /** `trustDevice`: the cookie that skips the code next time, when the person ticked "this device". */
  | { ok: true; user: SignedInUser; trustDevice?: { value: string; maxAgeSeconds: number } }
  /** `accountId`: the account the attempt was against, when one has the address — for the audit log only, never for the answer. */
  | { ok: false; refusal: SignInRefusal; retryAfterSeconds?: number; accountId?: string };

export const ZSecondStep = z.object({
  code: z.string().trim().max(64).optional(),
  trustDevice: z.enum(["true", "false"]).optional(),
});

/**
 * The whole sign-in: the password (signIn below), then the second factor where the account has one.
 * With a code and "trust this device", the result carries the cookie that skips the code next time.
 */
export async function signInFully(
  input: SignInInput & z.infer<typeof ZSecondStep>,
  context: { clientAddress: string; trustedDeviceToken?: string },
): Promise<SignInResult> {
  const first = await signIn(input, context);
  if (!first.ok) return first;
  const second = await verifySecondFactor(first.user, { code: input.code, trustedDeviceToken: context.trustedDeviceToken });
  if (!second.ok) return { ...second, accountId: first.user.id };
  const trust = second.binding && input.code && input.trustDevice === "true" ? trustedDeviceToken(second.binding) : undefined;
  return { ok: true, user: first.user, trustDevice: trust };
}

export async function signIn(input: SignInInput, context: { clientAddress: string }): Promise<SignInResult> {
  const parsed = ZSignInInput.safeParse(input);
  if (!parsed.success) return { ok: false, refusal: "invalid_credentials" };
  const { email, password } = parsed.data;

  // Every attempt is counted as a failure before the password is checked (atomically, so attempts sent
  // at once cannot all pass a check made before any was counted), and refunded when it was not one.
  const reservations = await Promise.all([reserve("signInFailuresPerAccount", email), reserve("signInFailuresPerAddress", context.clientAddress)]);
  const refundAll = () => Promise.all(reservations.map((r) => (r.allowed ? r.refund() : undefined)));
  const refused = reservations.filter((r) => !r.allowed);
  if (refused.length) {
    await refundAll();
    return { ok: false, refusal: "rate_limited", retryAfterSeconds: Math.max(...refused.map((r) => r.retryAfterSeconds)) };
  }
  const result = await checkCredentials(email, password);
  if (result.ok) await Promise.all([forgive("signInFailuresPerAccount", email), refundAll()]);
  else if (result.refusal !== "invalid_credentials") await refundAll();
  return result;
}

async function checkCredentials(email: string, password: string): Promise<SignInResult> {
  const user = await db().user.findUnique({
    where: whereEmail(email),
    select: { ...ACCOUNT_STATE_SELECT, passwordHash: true },
  });
  const matches = await verifyPassword(user?.passwordHash ?? (await decoyHash()), password);
  if (!user || !matches) return { ok: false, refusal: "invalid_credentials", accountId: user?.id };
  // Only a person who knows the password learns the account's state.
  const refusal = accountRefusal(user);
  if (refusal) return { ok: false, refusal, accountId: user.id };
  return { ok: true, user: { id: user.id, role: user.role, tenantId: user.tenantId } };
}

/** What accountRefusal needs, with the id and role a session is made of. */
export const ACCOUNT_STATE_SELECT = {
  id: true,
  role: true,
  tenantId: true,
  status: true,
  tenant: { select: { status: true, contract: { select: { registryGraceDays: true } } } },
  registryEntry: { select: { status: true, removedAt: true } },
} as const;

/** Why a proven account still may not sign in (suspended, its employer paused, no longer covered), or null. */
export function accountRefusal(user: {
  role: Role;
  status: string;
  tenant: { status: string; contract: { registryGraceDays: number } | null } | null;
  registryEntry: { status: "active" | "removed"; removedAt: Date | null } | null;
}): "account_suspended" | "tenant_suspended" | "not_covered" | null {
  if (user.status !== "active") return "account_suspended";
  if (user.tenant && user.tenant.status !== "active") return "tenant_suspended";
  if (user.role === "employee" && !isCovered({ registryEntry: user.registryEntry, graceDays: user.tenant?.contract?.registryGraceDays ?? 0 }))
    return "not_covered";
  return null;
}
