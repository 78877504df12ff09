import { env } from "@/lib/env";

/** Absolute links for e-mails: the deployment's public URL (NEXTAUTH_URL), or the local server. */
export function appUrl(path: string): string {
  const base = env().NEXTAUTH_URL ?? `http://localhost:${env().PORT}`;
  return new URL(path, base).toString();
}
