/**
 * next-auth's two browser calls, made directly: its client library (`next-auth/react`, 12 kB gzipped)
 * would otherwise ride on every signed-in page for the sign-out button alone. Same endpoints, same
 * form bodies, same answers as the library's `signIn(…, { redirect: false })` and `signOut`.
 */
const FORM = { "Content-Type": "application/x-www-form-urlencoded" };

async function csrfToken(): Promise<string> {
  const response = await fetch("/api/auth/csrf");
  return ((await response.json()) as { csrfToken: string }).csrfToken;
}

/** The refusal code next-auth put in the address it answered with (null when signed in). */
export interface SignInResult {
  ok: boolean;
  error: string | null;
}

/** Signs in with a provider ("credentials" or "passkey"); throws only when the server cannot be reached. */
export async function signInWith(provider: "credentials" | "passkey", fields: Record<string, string>): Promise<SignInResult> {
  const body = new URLSearchParams({ ...fields, csrfToken: await csrfToken(), callbackUrl: window.location.href, json: "true" });
  const response = await fetch(`/api/auth/callback/${provider}`, { method: "POST", headers: FORM, body });
  const { url } = (await response.json()) as { url: string };
  const error = new URL(url, window.location.origin).searchParams.get("error");
  return { ok: response.ok && !error, error: error ?? (response.ok ? null : "unknown") };
}

export async function signOutHere(): Promise<void> {
  const body = new URLSearchParams({ csrfToken: await csrfToken(), callbackUrl: window.location.href, json: "true" });
  await fetch("/api/auth/signout", { method: "POST", headers: FORM, body });
}
