"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { ChoiceGroup } from "@/components/ui/choice-group";
import { Button } from "@/components/ui/button";
import { CONTROL_CLASS, errorOf, Field, FormField } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { TimeZoneSelect } from "@/components/ui/time-zone-select";
import { useKeptInput } from "@/components/ui/use-kept-input";
import { IDLE, type FormState } from "@/lib/forms/form-state";
import { SESSION_LENGTHS } from "@/lib/catalogue/vocabulary";
import { DIRECTIONS, FORMATS, LANGUAGE_CODES, METHOD_SLUGS, TOPIC_SLUGS } from "@/lib/catalogue/vocabulary";

export interface ProfileFormValues {
  displayName: string;
  shortBio: string;
  longBio: string;
  bioLanguage: string | null;
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

export function ProfileForm({ action, initial }: { action: (s: FormState, f: FormData) => Promise<FormState>; initial: ProfileFormValues }) {
  const [state, formAction, pending] = useActionState(action, IDLE);
  const kept = useKeptInput(state);
  const fieldError = (name: string) => (state.status === "error" ? state.fields[name] : undefined);
  const t = useTranslations("ownProfile.form");
  const tv = useTranslations("vocabulary");
  const options = (group: "direction" | "format" | "language" | "topic" | "method", slugs: readonly string[]) =>
    slugs.map((slug) => [slug, tv(`${group}.${slug}`)] as [string, string]);
  return (
    <form action={formAction} {...kept} className="space-y-5">
      <FormStatus state={state} testId="profile-form-status" />
      <div className="grid gap-4 sm:grid-cols-2">
        <div>
          <Field
            id="displayName"
            name="displayName"
            label={t("displayName")}
            defaultValue={initial.displayName}
            required
            error={errorOf(state, "displayName")}
          />
        </div>
        <div>
          <Field
            id="experienceYears"
            name="experienceYears"
            type="number"
            min={0}
            max={60}
            label={t("experienceYears")}
            defaultValue={initial.experienceYears}
            required
            error={errorOf(state, "experienceYears")}
          />
        </div>
      </div>
      <FormField id="shortBio" label={t("shortBio")} error={errorOf(state, "shortBio")}>
        {(control) => <textarea {...control} name="shortBio" rows={2} maxLength={240} defaultValue={initial.shortBio} className={textArea} required />}
      </FormField>
      <FormField id="longBio" label={t("longBio")} error={errorOf(state, "longBio")}>
        {(control) => <textarea {...control} name="longBio" rows={6} maxLength={4000} defaultValue={initial.longBio} className={textArea} />}
      </FormField>
      <FormField id="bioLanguage" label={t("bioLanguage")} error={errorOf(state, "bioLanguage")}>
        {(control) => (
          <select {...control} name="bioLanguage" defaultValue={initial.bioLanguage ?? ""} className={CONTROL_CLASS}>
            <option value="">{t("bioLanguageUnstated")}</option>
            {options("language", LANGUAGE_CODES).map(([code, label]) => (
              <option key={code} value={code}>
                {label}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <div className="grid gap-4 sm:grid-cols-2">
        <FormField id="gender" label={t("gender")} error={errorOf(state, "gender")}>
          {(control) => (
            <select {...control} name="gender" defaultValue={initial.gender ?? ""} className={CONTROL_CLASS}>
              <option value="">{t("genderUnstated")}</option>
              <option value="female">{tv("gender.female")}</option>
              <option value="male">{tv("gender.male")}</option>
            </select>
          )}
        </FormField>
        <FormField id="timeZone" label={t("timeZone")} error={errorOf(state, "timeZone")}>
          {(control) => <TimeZoneSelect {...control} name="timeZone" current={initial.timeZone} className={CONTROL_CLASS} />}
        </FormField>
        <FormField id="sessionMinutes" label={t("sessionLength")} error={errorOf(state, "sessionMinutes")}>
          {(control) => (
            <select {...control} name="sessionMinutes" defaultValue={initial.sessionMinutes} className={CONTROL_CLASS}>
              {SESSION_LENGTHS.map((m) => (
                <option key={m} value={m}>
                  {t("minutes", { count: m })}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <div>
          <Field
            id="bufferMinutes"
            name="bufferMinutes"
            type="number"
            min={0}
            max={120}
            label={t("buffer")}
            defaultValue={initial.bufferMinutes}
            required
            error={errorOf(state, "bufferMinutes")}
          />
        </div>
        <div>
          <Field
            id="minNoticeHours"
            name="minNoticeHours"
            type="number"
            min={0}
            max={336}
            step="0.5"
            label={t("notice")}
            defaultValue={initial.minNoticeMinutes / 60}
            required
            error={errorOf(state, "minNoticeMinutes")}
          />
        </div>
      </div>
      <ChoiceGroup
        legend={t("directions")}
        name="directions"
        options={options("direction", DIRECTIONS)}
        selected={initial.directions}
        error={fieldError("directions")}
      />
      <ChoiceGroup legend={t("formats")} name="formats" options={options("format", FORMATS)} selected={initial.formats} error={fieldError("formats")} />
      <ChoiceGroup
        legend={t("languages")}
        name="languages"
        options={options("language", LANGUAGE_CODES)}
        selected={initial.languages}
        error={fieldError("languages")}
      />
      <ChoiceGroup legend={t("topics")} name="topics" options={options("topic", TOPIC_SLUGS)} selected={initial.topics} error={fieldError("topics")} />
      <ChoiceGroup legend={t("methods")} name="methods" options={options("method", METHOD_SLUGS)} selected={initial.methods} error={fieldError("methods")} />
      <Button type="submit" disabled={pending}>
        {pending ? t("saving") : t("save")}
      </Button>
    </form>
  );
}
