"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { FormStatus } from "@/components/ui/form-status";
import { Notice } from "@/components/ui/notice";
import { useKeptInput } from "@/components/ui/use-kept-input";
import { IDLE, type FormState } from "@/lib/forms/form-state";

export function CancelForm({ action, lateNotice }: { action: (s: FormState, f: FormData) => Promise<FormState>; lateNotice: string | null }) {
  const [state, formAction, pending] = useActionState(action, IDLE);
  const kept = useKeptInput(state);
  const t = useTranslations("cancel");
  return (
    <form action={formAction} {...kept} className="space-y-4">
      <FormStatus state={state} testId="cancel-status" />
      {lateNotice ? (
        <Notice testId="late-notice">
          <p>{lateNotice}</p>
          <label className="mt-2 flex min-h-11 items-center gap-2 font-medium">
            <input type="checkbox" name="acceptLateCharge" required className="h-5 w-5 accent-harbor-700" /> {t("acceptLate")}
          </label>
        </Notice>
      ) : (
        <Notice testId="free-cancellation">{t("free")}</Notice>
      )}
      <Button type="submit" disabled={pending}>
        {pending ? t("cancelling") : t("submit")}
      </Button>
    </form>
  );
}
