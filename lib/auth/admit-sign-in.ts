/**
 * The last step of every sign-in method: an accepted result becomes the session's user and an
 * "auth.sign_in" audit event; a refusal becomes an "auth.sign_in_failed" event (against the account
 * tried, when one has the address — never with what was typed) and the code next-auth hands the form
 * (it passes a thrown message on as `error`).
 */
import { recordAudit } from "@/lib/audit/record-audit";
import type { SignInResult } from "./sign-in";
import { signInErrorCode } from "./sign-in-messages";

export type SignInMethod = "password" | "password+code" | "passkey";

export async function admitted(result: SignInResult, method: SignInMethod) {
  if (!result.ok) {
    // Attempts the limiter refused before any check are not written: a flood would otherwise grow the
    // append-only log without bound. Every attempt that was checked is (at most the limits' worth).
    if (result.refusal !== "rate_limited")
      await recordAudit({
        action: "auth.sign_in_failed",
        targetType: result.accountId ? "user" : undefined,
        targetId: result.accountId,
        meta: { method, refusal: result.refusal },
      });
    throw new Error(signInErrorCode(result.refusal, result.retryAfterSeconds));
  }
  const { id, role, tenantId } = result.user;
  await recordAudit({ action: "auth.sign_in", actorId: id, actorRole: role, tenantId, meta: { method } });
  return { id, role, tenantId };
}
