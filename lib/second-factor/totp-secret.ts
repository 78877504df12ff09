/** An authenticator's secret, sealed at rest under its owner's id. */
import { openField, sealField } from "@/lib/crypto/sealed-field";

export const totpSecretContext = (userId: string) => `totp_factors.secret:${userId}`;

export function sealTotpSecret(userId: string, secret: string): Uint8Array<ArrayBuffer> {
  return sealField(secret, totpSecretContext(userId));
}

export function openTotpSecret(userId: string, sealed: Uint8Array): string {
  return openField(sealed, totpSecretContext(userId));
}
