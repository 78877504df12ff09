"use client";

import { Star } from "lucide-react";
import { useTranslations } from "next-intl";
import { useActionState, useId } from "react";
import { Button } from "@/components/ui/button";
import { errorOf, FieldGroup, FormField } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { useKeptInput } from "@/components/ui/use-kept-input";
import { IDLE, type FormState } from "@/lib/forms/form-state";

/** Rate a past session: stars and an optional comment, moderated before anyone sees it. */
export function FeedbackForm({ action, psychologistName }: { action: (s: FormState, f: FormData) => Promise<FormState>; psychologistName: string }) {
  const [state, formAction, pending] = useActionState(action, IDLE);
  const kept = useKeptInput(state);
  const id = useId(); // one form per session on the page
  const t = useTranslations("feedback");
  if (state.status === "saved") return <FormStatus state={state} testId="feedback-status" />;
  return (
    <details className="mt-2 rounded-lg border border-slate-200 p-3">
      <summary className="cursor-pointer text-sm font-medium text-harbor-700">{t("open")}</summary>
      <form action={formAction} {...kept} className="mt-3 space-y-3">
        <FormStatus state={state} testId="feedback-status" />
        <FieldGroup id={`${id}-rating`} className="" legend={t("question", { name: psychologistName })} error={errorOf(state, "rating")}>
          <div className="mt-1 flex gap-1">
            {[1, 2, 3, 4, 5].map((n) => (
              <label
                key={n}
                className="flex min-h-11 min-w-12 cursor-pointer items-center justify-center rounded-md border border-slate-300 text-sm has-[:checked]:border-harbor-700 has-[:checked]:bg-harbor-50"
              >
                <input type="radio" name="rating" value={n} className="sr-only" required />
                <span aria-hidden className="inline-flex items-center gap-1">
                  {n} <Star className="h-4 w-4 fill-amber-400 text-amber-500" />
                </span>
                <span className="sr-only">{t("stars", { n })}</span>
              </label>
            ))}
          </div>
        </FieldGroup>
        <FormField id={`${id}-comment`} label={t("comment")} error={errorOf(state, "comment")}>
          {(control) => (
            <textarea {...control} name="comment" rows={3} maxLength={1000} className="block w-full rounded-lg border border-slate-300 px-3 py-2 text-base" />
          )}
        </FormField>
        <Button type="submit" disabled={pending}>
          {t("submit")}
        </Button>
      </form>
    </details>
  );
}
