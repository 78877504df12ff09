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
  const [renewed, renew, renewing] = useActionState<RecoveryCodesState, FormData>(renewAction, IDLE);
  const [removed, remove, removing] = useActionState<RecoveryCodesState, FormData>(removeAction, IDLE);
  return (
    <div className="mt-3 space-y-5">
      <p className="text-sm font-medium text-emerald-800" data-testid="totp-on">
        {t("on", { count: recoveryCodesLeft })}
      </p>
      <form action={renew} className="max-w-md space-y-3">
        <h3 className="font-semibold text-slate-900">{t("renewHeading")}</h3>
        <FormStatus state={renewed} testId="renew-status" />
        {renewed.status === "saved" && renewed.recoveryCodes && <RecoveryCodesList codes={renewed.recoveryCodes} />}
        <Field
          id="renew-password"
          name="password"
          type="password"
          label={t("password")}
          autoComplete="current-password"
          required
          error={errorOf(renewed, "password")}
        />
        <Button type="submit" variant="secondary" disabled={renewing}>
          {t("renew")}
        </Button>
      </form>
      <form action={remove} className="max-w-md space-y-3">
        <h3 className="font-semibold text-slate-900">{t("removeHeading")}</h3>
        <p className="text-sm text-slate-700">{t("removeWarning")}</p>
        <FormStatus state={removed} testId="remove-status" />
        <Field
          id="remove-password"
          name="password"
          type="password"
          label={t("password")}
          autoComplete="current-password"
          required
          error={errorOf(removed, "password")}
        />
        <Button type="submit" variant="secondary" disabled={removing}>
          {t("remove")}
        </Button>
      </form>
    </div>
  );
}
