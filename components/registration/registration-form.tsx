"use client";

import { useActionState, useEffect, useRef, useState } from "react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { signInWith } from "@/components/auth/session-calls";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import type { RegisterState } from "@/lib/registry/registration-state";

/** Registers, then signs the new employee straight in with what they just typed. */
export function RegistrationForm({
  action: register,
  tenantSlug,
}: {
  action: (state: RegisterState, form: FormData) => Promise<RegisterState>;
  tenantSlug?: string;
}) {
  const router = useRouter();
  const t = useTranslations("register");
  const [state, action, pending] = useActionState<RegisterState, FormData>(register, { status: "idle" });
  const password = useRef("");
  const [signInProblem, setSignInProblem] = useState(false);

  useEffect(() => {
    if (state.status !== "registered") return;
    void signInWith("credentials", { email: state.email, password: password.current }).then(
      (result) => {
        if (result.ok) {
          router.replace("/cabinet");
          router.refresh();
        } else setSignInProblem(true);
      },
      () => setSignInProblem(true),
    );
  }, [state, router]);

  if (state.status === "registered") {
    return signInProblem ? (
      <Notice tone="success">
        {t.rich("registeredSignIn", {
          email: state.email,
          link: (chunks) => (
            <Link href="/login" className="font-semibold underline">
              {chunks}
            </Link>
          ),
        })}
      </Notice>
    ) : (
      <Notice tone="success">{t("signingIn")}</Notice>
    );
  }

  const fields = state.status === "error" ? state.fields : {};
  // React resets a form after its action; these defaults bring back what was typed (never the password).
  const typed = state.status === "error" ? state.values : undefined;
  return (
    <form action={action} className="space-y-4" onSubmit={(e) => (password.current = String(new FormData(e.currentTarget).get("password") ?? ""))}>
      {state.status === "error" && (
        <Notice tone="error" testId="register-error">
          {state.message}
        </Notice>
      )}
      {tenantSlug ? (
        <input type="hidden" name="tenantSlug" value={tenantSlug} />
      ) : (
        <Field
          id="tenantSlug"
          name="tenantSlug"
          label={t("organisationCode")}
          hint={t("organisationCodeHint")}
          autoCapitalize="none"
          defaultValue={typed?.tenantSlug}
          required
          error={fields.tenantSlug}
        />
      )}
      <Field
        id="identifier"
        name="identifier"
        label={t("identifier")}
        hint={t("identifierHint")}
        autoComplete="off"
        autoCapitalize="none"
        defaultValue={typed?.identifier}
        required
        error={fields.identifier}
      />
      <Field
        id="email"
        name="email"
        type="email"
        label={t("email")}
        hint={t("emailHint")}
        autoComplete="email"
        inputMode="email"
        defaultValue={typed?.email}
        required
        error={fields.email}
      />
      <Field
        id="password"
        name="password"
        type="password"
        label={t("password")}
        hint={t("passwordHint")}
        autoComplete="new-password"
        minLength={10}
        required
        error={fields.password}
      />
      <Field
        id="displayName"
        name="displayName"
        label={t("alias")}
        hint={t("aliasHint")}
        autoComplete="nickname"
        maxLength={40}
        defaultValue={typed?.displayName}
        error={fields.displayName}
      />
      <Button type="submit" className="w-full" disabled={pending}>
        {pending ? t("submitting") : t("submit")}
      </Button>
      <p className="text-center text-sm text-slate-600">
        {t.rich("already", {
          link: (chunks) => (
            <Link href="/login" className="font-semibold text-harbor-700 underline">
              {chunks}
            </Link>
          ),
        })}
      </p>
    </form>
  );
}
