"use client";

/** What the psychologist records in a session's room: how it ended, their private note, homework. */
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { FieldError, FormStatus } from "@/components/ui/form-status";
import { IDLE, type FormState } from "@/lib/forms/form-state";

type Action = (state: FormState, form: FormData) => Promise<FormState>;
const input = "block w-full rounded-lg border border-slate-300 px-3 py-2 text-base";

export function CompleteSessionForm({ action, topics }: { action: Action; topics: { slug: string; label: string }[] }) {
  const t = useTranslations("room");
  const [state, formAction, pending] = useActionState(action, IDLE);
  return (
    <form action={formAction} className="space-y-3" data-testid="complete-session">
      <FormStatus state={state} testId="complete-status" />
      <label className="block space-y-1 text-sm font-medium text-slate-800">
        {t("topic")}
        <select name="topic" required defaultValue="" className={`${input} min-h-11 bg-white`}>
          <option value="" disabled>
            {t("chooseTopic")}
          </option>
          {topics.map((topic) => (
            <option key={topic.slug} value={topic.slug}>
              {topic.label}
            </option>
          ))}
        </select>
      </label>
      <FieldError state={state} name="topic" />
      <p className="text-xs text-slate-600">{t("topicWhy")}</p>
      <Button type="submit" disabled={pending}>
        {t("complete")}
      </Button>
    </form>
  );
}

export function NoteForm({ action, initial }: { action: Action; initial: string }) {
  const t = useTranslations("room");
  const [state, formAction, pending] = useActionState(action, IDLE);
  return (
    <form action={formAction} className="space-y-2" data-testid="note-form">
      <label className="block space-y-1 text-sm font-medium text-slate-800">
        {t("note")}
        <textarea name="text" rows={6} maxLength={20000} defaultValue={initial} className={input} />
      </label>
      <p className="text-xs text-slate-600">{t("noteWhy")}</p>
      <FieldError state={state} name="text" />
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
  return (
    <form action={formAction} className="space-y-3" data-testid="homework-form" key={state.status === "saved" ? state.message : "form"}>
      <FormStatus state={state} testId="homework-status" />
      <label className="block space-y-1 text-sm font-medium text-slate-800">
        {t("taskTitle")}
        <input name="title" required maxLength={200} className={`${input} min-h-11`} />
      </label>
      <FieldError state={state} name="title" />
      <label className="block space-y-1 text-sm font-medium text-slate-800">
        {t("taskInstructions")}
        <textarea name="instructions" rows={3} maxLength={4000} className={input} />
      </label>
      <FieldError state={state} name="instructions" />
      <label className="block space-y-1 text-sm font-medium text-slate-800">
        {t("taskDue")}
        <input type="date" name="dueOn" className={`${input} min-h-11`} />
      </label>
      <FieldError state={state} name="dueOn" />
      <Button type="submit" disabled={pending}>
        {t("assign")}
      </Button>
    </form>
  );
}
