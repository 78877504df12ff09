"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import Link from "next/link";
import type { NewPsychologistState } from "@/lib/forms/form-state";
import { Button } from "@/components/ui/button";
import { errorOf, Field } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { Notice } from "@/components/ui/notice";
import { useKeptInput } from "@/components/ui/use-kept-input";
import { IDLE } from "@/lib/forms/form-state";

export function NewPsychologistForm({ action }: { action: (s: NewPsychologistState, f: FormData) => Promise<NewPsychologistState> }) {
  const [state, formAction, pending] = useActionState(action, IDLE as NewPsychologistState);
  const kept = useKeptInput(state);
  const t = useTranslations("psychologists.new");
  return (
    <div className="space-y-3">
      {state.status === "saved" && state.created ? (
        <Notice tone="success" testId="psychologist-created">
          <p>
            {t.rich("created", { email: state.created.email, strong: (chunks) => <strong>{chunks}</strong> })}{" "}
            <code className="rounded bg-white px-1 font-mono" data-testid="temporary-password">
              {state.created.temporaryPassword}
            </code>
          </p>
          <p className="mt-1">
            {t("sendIt")}{" "}
            <Link className="underline" href={`/admin/psychologists/${state.created.profileId}`}>
              {t("openProfile")}
            </Link>
          </p>
        </Notice>
      ) : (
        <FormStatus state={state} testId="new-psychologist-status" />
      )}
      <form action={formAction} {...kept} className="grid gap-3 sm:grid-cols-[1fr_1fr_auto] sm:items-end" aria-label={t("label")}>
        <div>
          <Field id="np-email" name="email" type="email" label={t("email")} required autoComplete="off" error={errorOf(state, "email")} />
        </div>
        <div>
          <Field id="np-name" name="displayName" label={t("displayName")} required error={errorOf(state, "displayName")} />
        </div>
        <Button type="submit" disabled={pending}>
          {t("submit")}
        </Button>
      </form>
    </div>
  );
}
