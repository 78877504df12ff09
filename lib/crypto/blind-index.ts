/**
 * Keyed look-up values for data stored sealed: the same input always gives the same bytes, so a
 * unique index can find a sign-in e-mail or count a rate-limit key, while a dump without the key
 * cannot be matched against a list of addresses. The key is derived from IDENTIFIER_PEPPER (never
 * from ENCRYPTION_KEYS: rotating those must not change any look-up value).
 */
import { createHmac, hkdfSync } from "node:crypto";
import { pepperKey } from "@/lib/registry/identifier";

const derived = new Map<string, Buffer>();

function indexKey(purpose: string): Buffer {
  let key = derived.get(purpose);
  if (!key) {
    key = Buffer.from(hkdfSync("sha256", pepperKey(), Buffer.alloc(0), `harbor blind index: ${purpose}`, 32));
    derived.set(purpose, key);
  }
  return key;
}

export function blindIndex(purpose: "email" | "rate-limit", value: string): Uint8Array<ArrayBuffer> {
  return new Uint8Array(createHmac("sha256", indexKey(purpose)).update(value, "utf8").digest());
}

/** Sign-in addresses are compared lower-cased and trimmed, as every form stores them. */
export function emailIndex(email: string): Uint8Array<ArrayBuffer> {
  return blindIndex("email", email.trim().toLowerCase());
}
