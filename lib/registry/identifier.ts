/**
 * Employer identifiers are never stored: only HMAC-SHA256(pepper, tenantId ‖ normalised identifier).
 * Without the pepper a database dump cannot be matched against a guessed list of e-mails or
 * personnel numbers; with the tenant id in the input, equal identifiers in two tenants differ.
 */
import { createHash, createHmac, type Hash } from "node:crypto";
import { env } from "@/lib/env";

export type IdentifierKind = "email" | "personnel_number";

export interface NormalisedIdentifier {
  kind: IdentifierKind;
  value: string;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
/**
 * Anything printable is a personnel number: HR systems use letters, digits, separators, and
 * occasionally a leading "=" or "+" that a spreadsheet would read as a formula. Here it is only
 * text to hash; it is never evaluated, echoed or written to anything downloadable.
 */
const CONTROL_CHARACTERS = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/u;
export const MAX_IDENTIFIER_LENGTH = 254;

export type IdentifierProblem = "empty" | "too_long" | "invalid_email" | "not_an_email" | "invalid_characters";

/** `expected: "email"` for a column of e-mail addresses, where a value without @ is a mistake, not a personnel number. */
export function normaliseIdentifier(raw: string, expected?: IdentifierKind): NormalisedIdentifier | { problem: IdentifierProblem } {
  // NFKC folds full-width digits and compatibility characters that spreadsheets sometimes produce.
  const value = raw.normalize("NFKC").replace(/^[\s\u00a0\ufeff]+|[\s\u00a0\ufeff]+$/g, "");
  if (!value) return { problem: "empty" };
  if (value.length > MAX_IDENTIFIER_LENGTH) return { problem: "too_long" };
  if (CONTROL_CHARACTERS.test(value)) return { problem: "invalid_characters" };
  if (value.includes("@")) {
    return EMAIL.test(value) ? { kind: "email", value: value.toLowerCase() } : { problem: "invalid_email" };
  }
  if (expected === "email") return { problem: "not_an_email" };
  // Personnel numbers are matched case-insensitively: phone keyboards capitalise what people type.
  return { kind: "personnel_number", value: value.toUpperCase() };
}

export function hashIdentifier(tenantId: string, identifier: NormalisedIdentifier, pepper: Buffer = pepperKey()): Buffer {
  return createHmac("sha256", pepper).update(tenantId).update("\u0000").update(identifier.value).digest();
}

/**
 * The same HMAC for many identifiers of one tenant, about twice as fast: the keyed inner and outer
 * SHA-256 states (RFC 2104) are computed once and copied per identifier.
 */
export function identifierHasher(tenantId: string, pepper: Buffer = pepperKey()): (identifier: NormalisedIdentifier) => Buffer {
  const block = 64;
  const key = pepper.length > block ? createHash("sha256").update(pepper).digest() : pepper;
  const padded = Buffer.alloc(block);
  key.copy(padded);
  const inner: Hash = createHash("sha256")
    .update(padded.map((b) => b ^ 0x36))
    .update(tenantId)
    .update("\u0000");
  const outer: Hash = createHash("sha256").update(padded.map((b) => b ^ 0x5c));
  return (identifier) => outer.copy().update(inner.copy().update(identifier.value).digest()).digest();
}

export function pepperKey(): Buffer {
  return Buffer.from(env().IDENTIFIER_PEPPER, "base64");
}
