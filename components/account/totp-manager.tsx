"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { errorOf, Field } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { IDLE, type RecoveryCodesState } from "@/lib/forms/form-state";
import { RecoveryCodesList } from "./recovery-codes-list";

type Action = (s: RecoveryCodesState, f: FormData) => Promise<RecoveryCodesState>;

/** An authenticator that is on: how many recovery codes are left, new codes, or turning it off (each with the password). */
export function TotpManager({ recoveryCodesLeft, renewAction, removeAction }: { recoveryCodesLeft: number; renewAction: Action; removeAction: Action }) {
  const t = useTranslations("security.totp");
  return (
    <div className="mt-3 space-y-5">
      <p className="text-sm font-medium text-emerald-800" data-testid="totp-on">
        {t("on", { count: recoveryCodesLeft })}
      </p>
      <PasswordConfirmedForm id="renew" action={renewAction} heading={t("renewHeading")} submit={t("renew")} />
      <PasswordConfirmedForm id="remove" action={removeAction} heading={t("removeHeading")} warning={t("removeWarning")} submit={t("remove")} />
    </div>
  );
}

/** One change that asks for the password first; shows new recovery codes when the action returns some. */
function PasswordConfirmedForm({ id, action, heading, warning, submit }: { id: string; action: Action; heading: string; warning?: string; submit: string }) {
  const t = useTranslations("security.totp");
  const [state, formAction, pending] = useActionState<RecoveryCodesState, FormData>(action, IDLE);
  return (
    <form action={formAction} className="max-w-md space-y-3">
      <h3 className="font-semibold text-slate-900">{heading}</h3>
      {warning && <p className="text-sm text-slate-700">{warning}</p>}
      <FormStatus state={state} testId={`${id}-status`} />
      {state.status === "saved" && state.recoveryCodes && <RecoveryCodesList codes={state.recoveryCodes} />}
      <Field
        id={`${id}-password`}
        name="password"
        type="password"
        label={t("password")}
        autoComplete="current-password"
        required
        error={errorOf(state, "password")}
      />
      <Button type="submit" variant="secondary" disabled={pending}>
        {submit}
      </Button>
    </form>
  );
}
