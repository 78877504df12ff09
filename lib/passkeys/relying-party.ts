/** Who the passkeys belong to: the site's origin and its host name (the WebAuthn relying-party id). */
import { env } from "@/lib/env";

export function relyingParty(): { id: string; name: string; origin: string } {
  const origin = new URL(env().PASSKEY_ORIGIN ?? env().NEXTAUTH_URL ?? `http://localhost:${env().PORT}`);
  return { id: origin.hostname, name: "Harbor", origin: origin.origin };
}
