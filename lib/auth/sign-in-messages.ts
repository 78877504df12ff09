import type { SignInRefusal } from "./sign-in";
import { NOT_COVERED_MESSAGE } from "@/lib/registry/coverage";

/** What a person reads when sign-in is refused: what happened and what to do. */
export const SIGN_IN_MESSAGES: Record<SignInRefusal, string> = {
  invalid_credentials: "That e-mail and password do not match an account. Check both and try again — passwords are case-sensitive.",
  account_suspended: "This account has been suspended. Contact your organisation's Harbor administrator if you think this is a mistake.",
  tenant_suspended: "Your employer's Harbor programme is paused at the moment. Your HR department can tell you more.",
  not_covered: NOT_COVERED_MESSAGE,
};

export function signInMessage(code: string | null | undefined): string {
  if (code && code in SIGN_IN_MESSAGES) return SIGN_IN_MESSAGES[code as SignInRefusal];
  return "Sign-in did not work just now. Please try again in a moment.";
}
