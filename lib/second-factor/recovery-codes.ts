/**
 * Ten single-use recovery codes, for when the authenticator is lost. Each carries 50 random bits
 * (ten base-32 characters, shown as xxxxx-xxxxx); only a keyed hash is stored, so they are shown once.
 */
import { randomBytes } from "node:crypto";
import { blindIndex } from "@/lib/crypto/blind-index";
import type { Prisma } from "@/lib/generated/prisma/client";

export const RECOVERY_CODE_COUNT = 10;
// Crockford's base 32: no i, l, o or u, so a code copied off paper is read without doubt.
const ALPHABET = "0123456789abcdefghjkmnpqrstvwxyz";

function newCode(): string {
  const bytes = randomBytes(10);
  const chars = [...bytes].map((b) => ALPHABET[b & 31]).join("");
  return `${chars.slice(0, 5)}-${chars.slice(5)}`;
}

/** Codes are typed by hand: case, spaces and the dash do not matter. */
export function normaliseRecoveryCode(input: string): string {
  const compact = input.toLowerCase().replace(/[\s-]/g, "");
  return `${compact.slice(0, 5)}-${compact.slice(5)}`;
}

export function recoveryCodeHash(code: string): Uint8Array<ArrayBuffer> {
  return blindIndex("recovery-code", normaliseRecoveryCode(code));
}

/** Replaces the account's codes with fresh ones and returns them, the only time they are readable. */
export async function issueRecoveryCodes(tx: Prisma.TransactionClient, userId: string): Promise<string[]> {
  const codes = Array.from({ length: RECOVERY_CODE_COUNT }, newCode);
  await tx.recoveryCode.deleteMany({ where: { userId } });
  await tx.recoveryCode.createMany({ data: codes.map((code) => ({ userId, codeHash: recoveryCodeHash(code) })) });
  return codes;
}

/** Spends one code, atomically: of two requests with the same code only one succeeds. */
export async function spendRecoveryCode(tx: Prisma.TransactionClient, userId: string, code: string): Promise<boolean> {
  const { count } = await tx.recoveryCode.updateMany({ where: { userId, codeHash: recoveryCodeHash(code), usedAt: null }, data: { usedAt: new Date() } });
  return count === 1;
}
