import type { SignInRefusal } from "./sign-in";
import { NOT_COVERED_MESSAGE } from "@/lib/registry/coverage";

/** What a person reads when sign-in is refused: what happened and what to do. */
export const SIGN_IN_MESSAGES: Record<Exclude<SignInRefusal, "rate_limited">, string> = {
  invalid_credentials: "That e-mail and password do not match an account. Check both and try again — passwords are case-sensitive.",
  account_suspended: "This account has been suspended. Contact your organisation's Harbor administrator if you think this is a mistake.",
  tenant_suspended: "Your employer's Harbor programme is paused at the moment. Your HR department can tell you more.",
  not_covered: NOT_COVERED_MESSAGE,
};

/** The code next-auth hands back; a rate limit carries its wait: "rate_limited:<minutes>". */
export function signInErrorCode(refusal: SignInRefusal, retryAfterSeconds?: number): string {
  return refusal === "rate_limited" ? `rate_limited:${Math.max(1, Math.ceil((retryAfterSeconds ?? 60) / 60))}` : refusal;
}

export function signInMessage(code: string | null | undefined): string {
  const limited = /^rate_limited:(\d+)$/.exec(code ?? "");
  if (limited) {
    const minutes = Number(limited[1]);
    return `Too many attempts to sign in. For your security, wait ${minutes} minute${minutes === 1 ? "" : "s"} and try again. If you have forgotten your password, ask your administrator to reset it.`;
  }
  if (code && code in SIGN_IN_MESSAGES) return SIGN_IN_MESSAGES[code as keyof typeof SIGN_IN_MESSAGES];
  return "Sign-in did not work just now. Please try again in a moment.";
}
