/**
 * Keyed look-up values for data stored sealed: the same input always gives the same bytes, so a
 * unique index can find a sign-in e-mail or count a rate-limit key, while a dump without the key
 * cannot be matched against a list of addresses. The key is derived from IDENTIFIER_PEPPER (never
 * from ENCRYPTION_KEYS: rotating those must not change any look-up value).
 */
import { createHmac, hkdfSync } from "node:crypto";
import { pepperKey } from "@/lib/registry/identifier";

type Purpose = "email" | "rate-limit" | "recovery-code";
const derived = new Map<string, Buffer>();

function indexKey(pepper: Buffer, purpose: Purpose): Buffer {
  return Buffer.from(hkdfSync("sha256", pepper, Buffer.alloc(0), `harbor blind index: ${purpose}`, 32));
}

export function blindIndex(purpose: Purpose, value: string): Uint8Array<ArrayBuffer> {
  let key = derived.get(purpose);
  if (!key) {
    key = indexKey(pepperKey(), purpose);
    derived.set(purpose, key);
  }
  return new Uint8Array(createHmac("sha256", key).update(value, "utf8").digest());
}

/** The same index under another installation's pepper (tooling that reads a second Harbor's database). */
export function blindIndexUnder(pepper: Buffer, purpose: Purpose, value: string): Uint8Array<ArrayBuffer> {
  return new Uint8Array(createHmac("sha256", indexKey(pepper, purpose)).update(value, "utf8").digest());
}

/** Sign-in addresses are compared lower-cased and trimmed, as every form stores them. */
export function emailIndex(email: string): Uint8Array<ArrayBuffer> {
  return blindIndex("email", email.trim().toLowerCase());
}
