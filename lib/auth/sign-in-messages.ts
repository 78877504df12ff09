import type { SignInRefusal } from "./sign-in";

/** The code next-auth hands back to the sign-in form; a rate limit carries its wait: "rate_limited:<minutes>". */
export function signInErrorCode(refusal: SignInRefusal, retryAfterSeconds?: number): string {
  return refusal === "rate_limited" ? `rate_limited:${Math.max(1, Math.ceil((retryAfterSeconds ?? 60) / 60))}` : refusal;
}

const REFUSALS = [
  "invalid_credentials",
  "account_suspended",
  "tenant_suspended",
  "not_covered",
  "second_factor_required",
  "invalid_second_factor",
  "passkey_not_recognised",
] as const;

/** Which message of the "signIn" namespace a code stands for, with its parameters. */
export function signInMessageKey(code: string | null | undefined): { key: (typeof REFUSALS)[number] | "rate_limited" | "unknown"; minutes?: number } {
  const limited = /^rate_limited:(\d+)$/.exec(code ?? "");
  if (limited) return { key: "rate_limited", minutes: Number(limited[1]) };
  return { key: (REFUSALS as readonly string[]).includes(code ?? "") ? (code as (typeof REFUSALS)[number]) : "unknown" };
}
