"use client";

import { useActionState } from "react";
import { ChoiceGroup } from "@/components/ui/choice-group";
import { Button } from "@/components/ui/button";
import { CONTROL_CLASS, Field } from "@/components/ui/field";
import { FieldError, FormStatus } from "@/components/ui/form-status";
import { IDLE, type FormState } from "@/lib/forms/form-state";
import { SESSION_LENGTHS } from "@/lib/catalogue/profile-input";
import { DIRECTION_LABEL, FORMAT_LABEL, LANGUAGES, METHODS, TOPICS } from "@/lib/catalogue/vocabulary";

export interface ProfileFormValues {
  displayName: string;
  shortBio: string;
  longBio: string;
  experienceYears: number;
  gender: string | null;
  methods: string[];
  topics: string[];
  languages: string[];
  directions: string[];
  formats: string[];
  sessionMinutes: number;
  timeZone: string;
  minNoticeMinutes: number;
  bufferMinutes: number;
}

const textArea = "block w-full rounded-lg border border-slate-300 bg-white px-3 py-2 text-base";

export function ProfileForm({
  action,
  initial,
  timeZones,
}: {
  action: (s: FormState, f: FormData) => Promise<FormState>;
  initial: ProfileFormValues;
  timeZones: string[];
}) {
  const [state, formAction, pending] = useActionState(action, IDLE);
  const fieldError = (name: string) => (state.status === "error" ? state.fields[name] : undefined);
  return (
    <form action={formAction} className="space-y-5">
      <FormStatus state={state} testId="profile-form-status" />
      <div className="grid gap-4 sm:grid-cols-2">
        <div>
          <Field id="displayName" name="displayName" label="Name shown to clients" defaultValue={initial.displayName} required />
          <FieldError state={state} name="displayName" />
        </div>
        <div>
          <Field
            id="experienceYears"
            name="experienceYears"
            type="number"
            min={0}
            max={60}
            label="Years of experience"
            defaultValue={initial.experienceYears}
            required
          />
          <FieldError state={state} name="experienceYears" />
        </div>
      </div>
      <div className="space-y-1">
        <label htmlFor="shortBio" className="block text-sm font-medium text-slate-800">
          Short bio (catalogue card)
        </label>
        <textarea id="shortBio" name="shortBio" rows={2} maxLength={240} defaultValue={initial.shortBio} className={textArea} required />
        <FieldError state={state} name="shortBio" />
      </div>
      <div className="space-y-1">
        <label htmlFor="longBio" className="block text-sm font-medium text-slate-800">
          About you (profile page)
        </label>
        <textarea id="longBio" name="longBio" rows={6} maxLength={4000} defaultValue={initial.longBio} className={textArea} />
        <FieldError state={state} name="longBio" />
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        <label className="block space-y-1 text-sm font-medium">
          Gender (clients may filter by it)
          <select name="gender" defaultValue={initial.gender ?? ""} className={CONTROL_CLASS}>
            <option value="">Prefer not to say</option>
            <option value="female">Woman</option>
            <option value="male">Man</option>
          </select>
        </label>
        <label className="block space-y-1 text-sm font-medium">
          Your time zone (your weekly hours are in it)
          <select name="timeZone" defaultValue={initial.timeZone} className={CONTROL_CLASS}>
            {timeZones.map((zone) => (
              <option key={zone} value={zone}>
                {zone}
              </option>
            ))}
          </select>
          <FieldError state={state} name="timeZone" />
        </label>
        <label className="block space-y-1 text-sm font-medium">
          Session length
          <select name="sessionMinutes" defaultValue={initial.sessionMinutes} className={CONTROL_CLASS}>
            {SESSION_LENGTHS.map((m) => (
              <option key={m} value={m}>
                {m} minutes
              </option>
            ))}
          </select>
        </label>
        <div>
          <Field
            id="bufferMinutes"
            name="bufferMinutes"
            type="number"
            min={0}
            max={120}
            label="Break between sessions (minutes)"
            defaultValue={initial.bufferMinutes}
            required
          />
          <FieldError state={state} name="bufferMinutes" />
        </div>
        <div>
          <Field
            id="minNoticeHours"
            name="minNoticeHours"
            type="number"
            min={0}
            max={336}
            step="0.5"
            label="Minimum notice for a booking (hours)"
            defaultValue={initial.minNoticeMinutes / 60}
            required
          />
          <FieldError state={state} name="minNoticeMinutes" />
        </div>
      </div>
      <ChoiceGroup
        legend="Kinds of help"
        name="directions"
        options={Object.entries(DIRECTION_LABEL)}
        selected={initial.directions}
        error={fieldError("directions")}
      />
      <ChoiceGroup legend="Formats" name="formats" options={Object.entries(FORMAT_LABEL)} selected={initial.formats} error={fieldError("formats")} />
      <ChoiceGroup legend="Languages" name="languages" options={Object.entries(LANGUAGES)} selected={initial.languages} error={fieldError("languages")} />
      <ChoiceGroup legend="Topics you work with" name="topics" options={Object.entries(TOPICS)} selected={initial.topics} error={fieldError("topics")} />
      <ChoiceGroup legend="Methods" name="methods" options={Object.entries(METHODS)} selected={initial.methods} error={fieldError("methods")} />
      <Button type="submit" disabled={pending}>
        {pending ? "Saving…" : "Save profile"}
      </Button>
    </form>
  );
}
