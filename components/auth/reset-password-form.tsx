"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { errorOf, Field } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { IDLE, type FormState } from "@/lib/forms/form-state";

/** The new password, twice; on success the action sends the person to sign in with it. */
export function ResetPasswordForm({ action, token }: { action: (state: FormState, form: FormData) => Promise<FormState>; token: string }) {
  const t = useTranslations("password");
  const tr = useTranslations("resetPassword");
  const [state, formAction, pending] = useActionState(action, IDLE);
  return (
    <form action={formAction} className="space-y-4">
      <FormStatus state={state} testId="reset-status" />
      <input type="hidden" name="token" value={token} />
      <Field
        id="newPassword"
        name="newPassword"
        type="password"
        label={t("new")}
        hint={t("newHint")}
        autoComplete="new-password"
        minLength={10}
        maxLength={200}
        required
        error={errorOf(state, "newPassword")}
      />
      <Field
        id="confirmPassword"
        name="confirmPassword"
        type="password"
        label={t("confirm")}
        autoComplete="new-password"
        required
        error={errorOf(state, "confirmPassword")}
      />
      <Button type="submit" className="w-full" disabled={pending}>
        {pending ? tr("saving") : tr("submit")}
      </Button>
    </form>
  );
}
