"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { FormStatus } from "@/components/ui/form-status";
import { NewPasswordFields } from "@/components/account/new-password-fields";
import { IDLE, type FormState } from "@/lib/forms/form-state";

/** The new password, twice; on success the action sends the person to sign in with it. */
export function ResetPasswordForm({ action, token }: { action: (state: FormState, form: FormData) => Promise<FormState>; token: string }) {
  const tr = useTranslations("resetPassword");
  const [state, formAction, pending] = useActionState(action, IDLE);
  return (
    <form action={formAction} className="space-y-4">
      <FormStatus state={state} testId="reset-status" />
      <input type="hidden" name="token" value={token} />
      <NewPasswordFields state={state} />
      <Button type="submit" className="w-full" disabled={pending}>
        {pending ? tr("saving") : tr("submit")}
      </Button>
    </form>
  );
}
