"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Button, buttonClass } from "@/components/ui/button";
import { errorOf, Field } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { IDLE, type RecoveryCodesState } from "@/lib/forms/form-state";
import type { TotpSetup } from "@/lib/second-factor/manage-totp";
import { RecoveryCodesList } from "./recovery-codes-list";

/** Scan (or type) the key, confirm with a first code, then keep the recovery codes. */
export function TotpSetupForm({
  setup,
  action,
  continueHref,
}: {
  setup: TotpSetup;
  action: (s: RecoveryCodesState, f: FormData) => Promise<RecoveryCodesState>;
  /** Where to go once done, when the person was sent here before anything else. */
  continueHref: string | null;
}) {
  const [state, formAction, pending] = useActionState<RecoveryCodesState, FormData>(action, IDLE);
  const t = useTranslations("security.totp");
  if (state.status === "saved" && state.recoveryCodes) {
    return (
      <div className="mt-4 space-y-4">
        <FormStatus state={state} testId="totp-status" />
        <RecoveryCodesList codes={state.recoveryCodes} />
        <Link href={continueHref ?? "/account/security"} className={buttonClass()}>
          {t("savedThem")}
        </Link>
      </div>
    );
  }
  return (
    <form action={formAction} className="mt-4 space-y-4">
      <FormStatus state={state} testId="totp-status" />
      <ol className="list-decimal space-y-3 pl-5 text-sm text-slate-800">
        <li>{t("stepInstall")}</li>
        <li>
          {t("stepScan")}
          {/* eslint-disable-next-line @next/next/no-img-element -- an inline SVG made on the server, no remote image */}
          <img
            src={`data:image/svg+xml;utf8,${encodeURIComponent(setup.qrSvg)}`}
            alt={t("qrAlt")}
            width={176}
            height={176}
            className="mt-2 rounded border border-slate-200 bg-white"
          />
          <p className="mt-2">
            {t("orType")}{" "}
            <code className="rounded bg-slate-100 px-1 py-0.5 font-mono text-base break-all text-slate-900" data-testid="totp-secret">
              {setup.secret}
            </code>
          </p>
        </li>
        <li>{t("stepCode")}</li>
      </ol>
      <Field
        id="code"
        name="code"
        label={t("code")}
        inputMode="numeric"
        autoComplete="one-time-code"
        pattern="[0-9]{6}"
        maxLength={6}
        required
        error={errorOf(state, "code")}
      />
      <Button type="submit" disabled={pending}>
        {pending ? t("confirming") : t("confirm")}
      </Button>
    </form>
  );
}
