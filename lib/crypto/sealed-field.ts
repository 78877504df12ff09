/**
 * One sealed value in one `bytea` column, for personal fields that are read whole (sign-in
 * e-mails, aliases, review texts, outbox e-mails, TOTP secrets). The layout is
 * `[version 1][key id length][key id][IV 12][ciphertext ‖ GCM tag]`: the key id travels with the
 * value, so rotation (lib/crypto/rotate-keys.ts) can find rows under an old key with SQL alone.
 * `context` names the row and column (`users.email:<id>`), so a value copied into another row fails
 * to open instead of showing up there.
 */
import { AppError } from "@/lib/errors";
import { keyRing, seal, unseal, type KeyRing } from "./seal";

const VERSION = 1;
const IV_BYTES = 12;

export function sealField(plaintext: string, context: string, ring: KeyRing = keyRing()): Uint8Array<ArrayBuffer> {
  const sealed = seal(plaintext, context, ring);
  const keyId = Buffer.from(sealed.keyId, "utf8");
  return new Uint8Array(Buffer.concat([Buffer.from([VERSION, keyId.length]), keyId, sealed.iv, sealed.ciphertext]));
}

export function openField(packed: Uint8Array, context: string, ring: KeyRing = keyRing()): string {
  const bytes = Buffer.from(packed);
  if (bytes[0] !== VERSION || bytes.length < 2) throw new AppError("internal", "A sealed value has an unknown layout.");
  const keyEnd = 2 + bytes[1]!;
  return unseal(
    {
      keyId: bytes.subarray(2, keyEnd).toString("utf8"),
      iv: new Uint8Array(bytes.subarray(keyEnd, keyEnd + IV_BYTES)),
      ciphertext: new Uint8Array(bytes.subarray(keyEnd + IV_BYTES)),
    },
    context,
    ring,
  );
}

export function openOptionalField(packed: Uint8Array | null, context: string): string | null {
  return packed ? openField(packed, context) : null;
}

/** The id of the key a sealed value was written with. */
export function sealedKeyId(packed: Uint8Array): string {
  const bytes = Buffer.from(packed);
  return bytes.subarray(2, 2 + bytes[1]!).toString("utf8");
}
