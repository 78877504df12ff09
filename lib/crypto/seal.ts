/**
 * Encryption at rest for message, note and homework bodies: AES-256-GCM with a random 96-bit IV.
 * The key id is stored beside the ciphertext, so keys rotate by putting a new key first in
 * ENCRYPTION_KEYS and keeping the old ones listed until their rows are re-encrypted.
 * `context` (for example the conversation id) is bound as additional data: a ciphertext copied
 * into another row fails to decrypt instead of showing up in the wrong conversation.
 */
import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";

export interface Sealed {
  keyId: string;
  iv: Uint8Array<ArrayBuffer>;
  /** Ciphertext followed by the 16-byte GCM tag. */
  ciphertext: Uint8Array<ArrayBuffer>;
}

const TAG_BYTES = 16;

export interface KeyRing {
  current: { id: string; key: Buffer };
  byId: Map<string, Buffer>;
}

export function keyRing(): KeyRing {
  const keys = env().ENCRYPTION_KEYS;
  const first = keys[0];
  if (!first) throw new AppError("internal", "No encryption key is configured.");
  return { current: first, byId: new Map(keys.map((k) => [k.id, k.key])) };
}

export function seal(plaintext: string, context: string, ring: KeyRing = keyRing()): Sealed {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", ring.current.key, iv);
  cipher.setAAD(Buffer.from(context, "utf8"));
  const body = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final(), cipher.getAuthTag()]);
  return { keyId: ring.current.id, iv: new Uint8Array(iv), ciphertext: new Uint8Array(body) };
}

export function unseal(sealed: Sealed, context: string, ring: KeyRing = keyRing()): string {
  const key = ring.byId.get(sealed.keyId);
  if (!key) throw new AppError("internal", `Encryption key "${sealed.keyId}" is not configured; it is needed to read older data.`);
  const body = Buffer.from(sealed.ciphertext);
  const decipher = createDecipheriv("aes-256-gcm", key, Buffer.from(sealed.iv));
  decipher.setAAD(Buffer.from(context, "utf8"));
  decipher.setAuthTag(body.subarray(body.length - TAG_BYTES));
  return Buffer.concat([decipher.update(body.subarray(0, body.length - TAG_BYTES)), decipher.final()]).toString("utf8");
}
