"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { errorOf, Field } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { useKeptInput } from "@/components/ui/use-kept-input";
import { IDLE, type FormState } from "@/lib/forms/form-state";

/** The address to send a new-password link to; the answer is the same whether an account has it. */
export function ForgotPasswordForm({ action }: { action: (state: FormState, form: FormData) => Promise<FormState> }) {
  const t = useTranslations("forgotPassword");
  const [state, formAction, pending] = useActionState(action, IDLE);
  const kept = useKeptInput(state);
  if (state.status === "saved") return <FormStatus state={state} testId="reset-sent" />;
  return (
    <form action={formAction} {...kept} className="space-y-4">
      <FormStatus state={state} testId="reset-request-status" />
      <Field id="email" name="email" type="email" label={t("email")} autoComplete="email" inputMode="email" required error={errorOf(state, "email")} />
      <Button type="submit" className="w-full" disabled={pending}>
        {pending ? t("sending") : t("submit")}
      </Button>
    </form>
  );
}
