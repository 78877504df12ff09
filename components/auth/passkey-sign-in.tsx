"use client";

import { signInWith } from "./session-calls";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { SignInError } from "./sign-in-error";

/** "Sign in with a passkey": the browser's own dialog picks the account; no e-mail, password or code. */
export function PasskeySignIn({ onSignedIn }: { onSignedIn: () => void }) {
  const t = useTranslations("login");
  const [pending, setPending] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  async function start() {
    setProblem(null);
    setPending(true);
    try {
      // The WebAuthn library is fetched on the first tap, not with the sign-in page most people use with a password.
      const { browserSupportsWebAuthn, startAuthentication } = await import("@simplewebauthn/browser");
      if (!browserSupportsWebAuthn()) return setProblem("passkey_unsupported");
      const begin = await fetch("/api/passkeys/sign-in-options", { method: "POST" });
      if (!begin.ok) return setProblem("unknown");
      const { challengeId, options } = await begin.json();
      const response = await startAuthentication({ optionsJSON: options }).catch(() => null);
      if (!response) return setProblem("passkey_cancelled");
      const result = await signInWith("passkey", { challengeId, response: JSON.stringify(response) });
      if (!result.ok) return setProblem(result.error ?? "unknown");
      onSignedIn();
    } catch {
      setProblem("unreachable");
    } finally {
      setPending(false);
    }
  }

  return (
    <div className="space-y-3">
      {problem && (
        <Notice tone="error" testId="passkey-error">
          {problem === "unreachable" ? (
            t("unreachable")
          ) : problem === "passkey_unsupported" ? (
            t("passkeyUnsupported")
          ) : problem === "passkey_cancelled" ? (
            t("passkeyCancelled")
          ) : (
            <SignInError code={problem} />
          )}
        </Notice>
      )}
      <Button type="button" variant="secondary" className="w-full" onClick={start} disabled={pending}>
        {pending ? t("passkeyWaiting") : t("passkey")}
      </Button>
    </div>
  );
}
