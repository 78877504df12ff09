/**
 * Secrets handed out once (HR API tokens, one-time e-mail links): 256 random bits, stored only as a
 * SHA-256 hash. A slow password hash adds nothing for values nobody can guess, and this one can be
 * looked up by an index.
 */
import { createHash, randomBytes } from "node:crypto";

export function newSecretToken(prefix = ""): string {
  return `${prefix}${randomBytes(32).toString("base64url")}`;
}

export function hashSecretToken(token: string): Uint8Array<ArrayBuffer> {
  return new Uint8Array(createHash("sha256").update(token).digest());
}
