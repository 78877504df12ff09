"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { errorOf, Field } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { NewPasswordFields } from "@/components/account/new-password-fields";
import { IDLE, type FormState } from "@/lib/forms/form-state";

/** Current password, then the new one twice. On success the action signs the person out. */
export function ChangePasswordForm({ action }: { action: (s: FormState, f: FormData) => Promise<FormState> }) {
  const [state, formAction, pending] = useActionState(action, IDLE);
  const t = useTranslations("password");
  return (
    <form action={formAction} className="max-w-md space-y-4">
      <FormStatus state={state} testId="password-status" />
      <Field
        id="currentPassword"
        name="currentPassword"
        type="password"
        label={t("current")}
        autoComplete="current-password"
        required
        error={errorOf(state, "currentPassword")}
      />
      <NewPasswordFields state={state} />
      <p className="text-sm text-slate-600">{t("afterwards")}</p>
      <Button type="submit" disabled={pending}>
        {pending ? t("changing") : t("submit")}
      </Button>
    </form>
  );
}
