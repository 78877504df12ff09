/**
 * Checks an e-mail and password. Protects against account enumeration: an unknown address costs
 * the same argon2 work as a wrong password and produces the same answer.
 */
import { z } from "zod";
import { db } from "@/lib/db/client";
import type { Role } from "./roles";
import { decoyHash, verifyPassword } from "./password";
import { isCovered } from "@/lib/registry/coverage";

export const ZSignInInput = z.object({
  email: z.string().trim().toLowerCase().pipe(z.email()),
  password: z.string().min(1).max(1024),
});
export type SignInInput = z.infer<typeof ZSignInInput>;

/** Why a sign-in was refused; the login page turns each into a message. */
export type SignInRefusal = "invalid_credentials" | "account_suspended" | "tenant_suspended" | "not_covered";

export interface SignedInUser {
  id: string;
  role: Role;
  tenantId: string | null;
}

export type SignInResult = { ok: true; user: SignedInUser } | { ok: false; refusal: SignInRefusal };

export async function signIn(input: SignInInput): Promise<SignInResult> {
  const parsed = ZSignInInput.safeParse(input);
  if (!parsed.success) return { ok: false, refusal: "invalid_credentials" };
  const { email, password } = parsed.data;

  const user = await db().user.findUnique({
    where: { email },
    select: {
      id: true,
      role: true,
      tenantId: true,
      status: true,
      passwordHash: true,
      tenant: { select: { status: true, contract: { select: { registryGraceDays: true } } } },
      registryEntry: { select: { status: true, removedAt: true } },
    },
  });
  const matches = await verifyPassword(user?.passwordHash ?? (await decoyHash()), password);
  if (!user || !matches) return { ok: false, refusal: "invalid_credentials" };
  // Only a person who knows the password learns the account's state.
  if (user.status !== "active") return { ok: false, refusal: "account_suspended" };
  if (user.tenant && user.tenant.status !== "active") return { ok: false, refusal: "tenant_suspended" };
  if (user.role === "employee" && !isCovered({ registryEntry: user.registryEntry, graceDays: user.tenant?.contract?.registryGraceDays ?? 0 })) {
    return { ok: false, refusal: "not_covered" };
  }
  return { ok: true, user: { id: user.id, role: user.role, tenantId: user.tenantId } };
}
