import { currentTotpCode } from "@/lib/second-factor/totp";

/**
 * Signs in over HTTP as a browser does (CSRF token, then credentials, then the authenticator's code
 * for accounts that have one); the session cookie, or null.
 */
export async function signInOverHttp(baseUrl: string, email: string, password: string, totpSecret?: string): Promise<string | null> {
  const csrf = await fetch(`${baseUrl}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const response = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: {
      "content-type": "application/x-www-form-urlencoded",
      cookie: csrf.headers
        .getSetCookie()
        .map((c) => c.split(";")[0])
        .join("; "),
    },
    body: new URLSearchParams({ csrfToken, email, password, json: "true", ...(totpSecret ? { code: currentTotpCode(totpSecret) } : {}) }),
  });
  const session = response.headers.getSetCookie().find((c) => c.startsWith("next-auth.session-token="));
  return session ? session.split(";")[0]! : null;
}
