"use client";

import { useLocale, useTranslations } from "next-intl";
import { useActionState, useId } from "react";
import { Button } from "@/components/ui/button";
import { errorOf, FormField } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { useKeptInput } from "@/components/ui/use-kept-input";
import { IDLE, type FormState } from "@/lib/forms/form-state";
import { formats } from "@/lib/i18n/format";
import type { HomeworkItem } from "@/lib/tasks/homework-item";

type Complete = (taskId: string, state: FormState, form: FormData) => Promise<FormState>;

/** Tasks from one's psychologists: what to do, by when, and a way to say it is done. */
export function HomeworkList({ items, timeZone, complete }: { items: HomeworkItem[]; timeZone: string; complete?: Complete }) {
  const t = useTranslations("homework");
  const f = formats(useLocale(), timeZone);
  return (
    <ul className="space-y-3" data-testid="homework">
      {items.map((h) => (
        <li key={h.id} className="rounded-lg border border-slate-200 p-3" data-testid="homework-item" data-status={h.status}>
          <p className={`font-medium ${h.status === "done" ? "text-slate-500 line-through" : "text-slate-900"}`}>{h.title}</p>
          {h.instructions && <p className="mt-1 text-sm whitespace-pre-wrap text-slate-700">{h.instructions}</p>}
          <p className="mt-1 text-xs text-slate-500">
            {t("from", { name: h.psychologistName })}
            {h.dueOn ? ` · ${t("due", { date: f.longDate(h.dueOn) })}` : ""} ·{" "}
            {h.status === "done" && h.completedAt ? t("doneOn", { date: f.date(h.completedAt) }) : t("toDo")}
          </p>
          {h.answer && (
            <p className="mt-2 rounded-md bg-slate-50 p-2 text-sm whitespace-pre-wrap text-slate-800">
              <span className="font-medium">{t("answer")}: </span>
              {h.answer}
            </p>
          )}
          {complete && h.status === "assigned" && <CompleteForm action={complete.bind(null, h.id)} />}
        </li>
      ))}
    </ul>
  );
}

function CompleteForm({ action }: { action: (state: FormState, form: FormData) => Promise<FormState> }) {
  const t = useTranslations("homework");
  const [state, formAction, pending] = useActionState(action, IDLE);
  const kept = useKeptInput(state);
  const id = useId(); // one form per task on the page
  if (state.status === "saved") return <FormStatus state={state} testId="homework-done" />;
  return (
    <details className="mt-2">
      <summary className="cursor-pointer text-sm font-medium text-harbor-700">{t("markDone")}</summary>
      <form action={formAction} {...kept} className="mt-2 space-y-2">
        <FormStatus state={state} />
        <FormField id={`${id}-answer`} label={t("answerOptional")} error={errorOf(state, "answer")}>
          {(control) => (
            <textarea {...control} name="answer" rows={3} maxLength={4000} className="block w-full rounded-lg border border-slate-300 px-3 py-2 text-base" />
          )}
        </FormField>
        <Button type="submit" disabled={pending}>
          {t("submitDone")}
        </Button>
      </form>
    </details>
  );
}
