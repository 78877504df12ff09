"use client";

import { useState, type FormEvent } from "react";
import { useRouter } from "next/navigation";
import { signIn } from "next-auth/react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { useTranslations } from "next-intl";
import { SignInError } from "./sign-in-error";

export function LoginForm({ callbackUrl }: { callbackUrl: string }) {
  const router = useRouter();
  const t = useTranslations("login");
  // A refusal code (rendered by SignInError), or "unreachable".
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    setError(null);
    try {
      const result = await signIn("credentials", { email: String(form.get("email") ?? ""), password: String(form.get("password") ?? ""), redirect: false });
      if (!result || result.error) {
        setError(result?.error ?? "unknown");
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

  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate>
      {error && (
        <Notice tone="error" testId="login-error">
          {error === "unreachable" ? t("unreachable") : <SignInError code={error} />}
        </Notice>
      )}
      <Field id="email" name="email" type="email" label={t("email")} autoComplete="username" inputMode="email" required />
      <Field id="password" name="password" type="password" label={t("password")} autoComplete="current-password" required />
      <Button type="submit" className="w-full" disabled={pending}>
        {pending ? t("submitting") : t("submit")}
      </Button>
    </form>
  );
}
