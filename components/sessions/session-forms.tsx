"use client";

/** What the psychologist records in a session's room: how it ended, their private note, homework. */
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { errorOf, Field, FormField } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { useKeptInput } from "@/components/ui/use-kept-input";
import { IDLE, type FormState } from "@/lib/forms/form-state";

type Action = (state: FormState, form: FormData) => Promise<FormState>;
const input = "block w-full rounded-lg border border-slate-300 px-3 py-2 text-base";

export function CompleteSessionForm({ action, topics }: { action: Action; topics: { slug: string; label: string }[] }) {
  const t = useTranslations("room");
  const [state, formAction, pending] = useActionState(action, IDLE);
  const kept = useKeptInput(state);
  return (
    <form action={formAction} {...kept} className="space-y-3" data-testid="complete-session">
      <FormStatus state={state} testId="complete-status" />
      <FormField id="session-topic" label={t("topic")} hint={t("topicWhy")} error={errorOf(state, "topic")}>
        {(control) => (
          <select {...control} name="topic" required defaultValue="" className={`${input} min-h-11 bg-white`}>
            <option value="" disabled>
              {t("chooseTopic")}
            </option>
            {topics.map((topic) => (
              <option key={topic.slug} value={topic.slug}>
                {topic.label}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <Button type="submit" disabled={pending}>
        {t("complete")}
      </Button>
    </form>
  );
}

export function NoteForm({ action, initial }: { action: Action; initial: string }) {
  const t = useTranslations("room");
  const [state, formAction, pending] = useActionState(action, IDLE);
  const kept = useKeptInput(state);
  return (
    <form action={formAction} {...kept} className="space-y-2" data-testid="note-form">
      <FormField id="session-note" label={t("note")} hint={t("noteWhy")} error={errorOf(state, "text")}>
        {(control) => <textarea {...control} name="text" rows={6} maxLength={20000} defaultValue={initial} className={input} />}
      </FormField>
      <div className="flex items-center gap-3">
        <Button type="submit" disabled={pending}>
          {t("saveNote")}
        </Button>
        <FormStatus state={state} testId="note-status" />
      </div>
    </form>
  );
}

export function HomeworkForm({ action }: { action: Action }) {
  const t = useTranslations("room");
  const [state, formAction, pending] = useActionState(action, IDLE);
  const kept = useKeptInput(state);
  return (
    <form action={formAction} {...kept} className="space-y-3" data-testid="homework-form" key={state.status === "saved" ? state.message : "form"}>
      <FormStatus state={state} testId="homework-status" />
      <Field id="homework-title" name="title" required maxLength={200} label={t("taskTitle")} error={errorOf(state, "title")} />
      <FormField id="homework-instructions" label={t("taskInstructions")} error={errorOf(state, "instructions")}>
        {(control) => <textarea {...control} name="instructions" rows={3} maxLength={4000} className={input} />}
      </FormField>
      <Field id="homework-due" type="date" name="dueOn" label={t("taskDue")} error={errorOf(state, "dueOn")} />
      <Button type="submit" disabled={pending}>
        {t("assign")}
      </Button>
    </form>
  );
}
