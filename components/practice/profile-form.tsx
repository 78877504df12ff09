"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { ChoiceGroup } from "@/components/ui/choice-group";
import { Button } from "@/components/ui/button";
import { CONTROL_CLASS, Field } from "@/components/ui/field";
import { FieldError, FormStatus } from "@/components/ui/form-status";
import { IDLE, type FormState } from "@/lib/forms/form-state";
import { SESSION_LENGTHS } from "@/lib/catalogue/profile-input";
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
  const t = useTranslations("ownProfile.form");
  const tv = useTranslations("vocabulary");
  const options = (group: "direction" | "format" | "language" | "topic" | "method", slugs: readonly string[]) =>
    slugs.map((slug) => [slug, tv(`${group}.${slug}`)] as [string, string]);
  return (
    <form action={formAction} className="space-y-5">
      <FormStatus state={state} testId="profile-form-status" />
      <div className="grid gap-4 sm:grid-cols-2">
        <div>
          <Field id="displayName" name="displayName" label={t("displayName")} defaultValue={initial.displayName} required />
          <FieldError state={state} name="displayName" />
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
          />
          <FieldError state={state} name="experienceYears" />
        </div>
      </div>
      <div className="space-y-1">
        <label htmlFor="shortBio" className="block text-sm font-medium text-slate-800">
          {t("shortBio")}
        </label>
        <textarea id="shortBio" name="shortBio" rows={2} maxLength={240} defaultValue={initial.shortBio} className={textArea} required />
        <FieldError state={state} name="shortBio" />
      </div>
      <div className="space-y-1">
        <label htmlFor="longBio" className="block text-sm font-medium text-slate-800">
          {t("longBio")}
        </label>
        <textarea id="longBio" name="longBio" rows={6} maxLength={4000} defaultValue={initial.longBio} className={textArea} />
        <FieldError state={state} name="longBio" />
      </div>
      <label className="block space-y-1 text-sm font-medium">
        {t("bioLanguage")}
        <select name="bioLanguage" defaultValue={initial.bioLanguage ?? ""} className={CONTROL_CLASS}>
          <option value="">{t("bioLanguageUnstated")}</option>
          {options("language", LANGUAGE_CODES).map(([code, label]) => (
            <option key={code} value={code}>
              {label}
            </option>
          ))}
        </select>
        <FieldError state={state} name="bioLanguage" />
      </label>
      <div className="grid gap-4 sm:grid-cols-2">
        <label className="block space-y-1 text-sm font-medium">
          {t("gender")}
          <select name="gender" defaultValue={initial.gender ?? ""} className={CONTROL_CLASS}>
            <option value="">{t("genderUnstated")}</option>
            <option value="female">{tv("gender.female")}</option>
            <option value="male">{tv("gender.male")}</option>
          </select>
        </label>
        <label className="block space-y-1 text-sm font-medium">
          {t("timeZone")}
          <select name="timeZone" defaultValue={initial.timeZone} className={CONTROL_CLASS}>
            {timeZones.map((zone) => (
              <option key={zone} value={zone}>
                {zone.replace(/_/g, " ")}
              </option>
            ))}
          </select>
          <FieldError state={state} name="timeZone" />
        </label>
        <label className="block space-y-1 text-sm font-medium">
          {t("sessionLength")}
          <select name="sessionMinutes" defaultValue={initial.sessionMinutes} className={CONTROL_CLASS}>
            {SESSION_LENGTHS.map((m) => (
              <option key={m} value={m}>
                {t("minutes", { count: m })}
              </option>
            ))}
          </select>
        </label>
        <div>
          <Field id="bufferMinutes" name="bufferMinutes" type="number" min={0} max={120} label={t("buffer")} defaultValue={initial.bufferMinutes} required />
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
            label={t("notice")}
            defaultValue={initial.minNoticeMinutes / 60}
            required
          />
          <FieldError state={state} name="minNoticeMinutes" />
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
