"use client";

import { useState, type FormEvent } from "react";
import { useRouter } from "next/navigation";
import { signInWith } from "./session-calls";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { useTranslations } from "next-intl";
import { PasskeySignIn } from "./passkey-sign-in";
import { SignInError } from "./sign-in-error";

/** The answers that mean "the password was right, now the code": the form moves to its second step. */
const CODE_STEP = new Set(["second_factor_required", "invalid_second_factor"]);

export function LoginForm({ callbackUrl }: { callbackUrl: string }) {
  const router = useRouter();
  const t = useTranslations("login");
  // A refusal code (rendered by SignInError), or "unreachable".
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  // Kept in memory between the two steps only, never written anywhere.
  const [credentials, setCredentials] = useState<{ email: string; password: string } | null>(null);

  async function submit(fields: Record<string, string>) {
    setPending(true);
    setError(null);
    try {
      const result = await signInWith("credentials", fields);
      if (result.error) {
        const code = result.error;
        if (CODE_STEP.has(code)) setCredentials({ email: fields.email!, password: fields.password! });
        setError(code === "second_factor_required" ? null : code);
        return;
      }
      router.replace(callbackUrl);
      router.refresh();
    } catch {
      setError("unreachable");
    } finally {
      setPending(false);
    }
  }

  function onPassword(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    void submit({ email: String(form.get("email") ?? ""), password: String(form.get("password") ?? "") });
  }

  function onCode(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    void submit({ ...credentials!, code: String(form.get("code") ?? ""), trustDevice: form.get("trustDevice") ? "true" : "false" });
  }

  const problem = error && (
    <Notice tone="error" testId="login-error">
      {error === "unreachable" ? t("unreachable") : <SignInError code={error} />}
    </Notice>
  );

  if (credentials) {
    return (
      <form onSubmit={onCode} className="space-y-4" noValidate data-testid="second-factor-step">
        {problem}
        <p className="text-sm text-slate-700">{t("codeIntro")}</p>
        <Field
          id="code"
          name="code"
          label={t("code")}
          hint={t("codeHint")}
          autoComplete="one-time-code"
          autoCapitalize="none"
          spellCheck={false}
          autoFocus
          required
        />
        <label className="flex min-h-11 items-center gap-2 text-sm text-slate-800">
          <input type="checkbox" name="trustDevice" className="h-5 w-5" />
          {t("trustDevice")}
        </label>
        <Button type="submit" className="w-full" disabled={pending}>
          {pending ? t("verifying") : t("verify")}
        </Button>
        <button type="button" className="block w-full text-center text-sm text-harbor-700 underline" onClick={() => (setCredentials(null), setError(null))}>
          {t("startOver")}
        </button>
      </form>
    );
  }

  return (
    <div className="space-y-4">
      <form onSubmit={onPassword} className="space-y-4" noValidate>
        {problem}
        <Field id="email" name="email" type="email" label={t("email")} autoComplete="username webauthn" inputMode="email" required />
        <Field id="password" name="password" type="password" label={t("password")} autoComplete="current-password" required />
        <Button type="submit" className="w-full" disabled={pending}>
          {pending ? t("submitting") : t("submit")}
        </Button>
      </form>
      <p className="text-center text-sm text-slate-600">{t("or")}</p>
      <PasskeySignIn
        onSignedIn={() => {
          router.replace(callbackUrl);
          router.refresh();
        }}
      />
    </div>
  );
}
