"use client";

import { useActionState } from "react";
import { IDLE, type FormState } from "@/lib/forms/form-state";
import { Button } from "@/components/ui/button";
import { CONTROL_CLASS, Field } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";

export interface TenantFormValues {
  name: string;
  slug: string;
  locale: string;
  timeZone: string;
  contract: {
    sessionsPerYear: number;
    yearStartMonth: number;
    yearStartDay: number;
    directions: string[];
    formats: string[];
    lateCancelHours: number;
    reportMinGroupSize: number;
    registryGraceDays: number;
  };
}

export const NEW_TENANT: TenantFormValues = {
  name: "",
  slug: "",
  locale: "en",
  timeZone: "Europe/Helsinki",
  contract: {
    sessionsPerYear: 6,
    yearStartMonth: 1,
    yearStartDay: 1,
    directions: ["psychology"],
    formats: ["chat", "audio", "video"],
    lateCancelHours: 24,
    reportMinGroupSize: 10,
    registryGraceDays: 0,
  },
};

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

export function TenantForm({
  action,
  initial,
  submitLabel,
}: {
  action: (state: FormState, form: FormData) => Promise<FormState>;
  initial: TenantFormValues;
  submitLabel: string;
}) {
  const [state, formAction, pending] = useActionState(action, IDLE);
  const fields = state.status === "error" ? state.fields : {};
  const error = (name: string) => fields[name] && <p className="text-sm text-red-700">{fields[name]}</p>;
  const c = initial.contract;
  return (
    <form action={formAction} className="space-y-5">
      {state.status === "error" && (
        <Notice tone="error" testId="tenant-form-error">
          {state.message}
        </Notice>
      )}
      {state.status === "saved" && <Notice tone="success">Saved.</Notice>}
      <div className="grid gap-4 sm:grid-cols-2">
        <div>
          <Field id="name" name="name" label="Organisation name" defaultValue={initial.name} required />
          {error("name")}
        </div>
        <div>
          <Field id="slug" name="slug" label="Code (used in the link /t/code)" defaultValue={initial.slug} required autoCapitalize="none" />
          {error("slug")}
        </div>
        <label className="block space-y-1 text-sm font-medium">
          Language
          <select name="locale" defaultValue={initial.locale} className={CONTROL_CLASS}>
            <option value="en">English</option>
            <option value="ru">Русский</option>
            <option value="fi">Suomi</option>
            <option value="pl">Polski</option>
          </select>
        </label>
        <div>
          <Field id="timeZone" name="timeZone" label="Time zone" defaultValue={initial.timeZone} required />
          {error("timeZone")}
        </div>
      </div>
      <fieldset className="space-y-4 rounded-lg border border-slate-200 p-4">
        <legend className="px-1 text-sm font-semibold">Contract</legend>
        <div className="grid gap-4 sm:grid-cols-3">
          <div>
            <Field
              id="sessionsPerYear"
              name="sessionsPerYear"
              type="number"
              min={0}
              max={100}
              label="Sessions per employee per year"
              defaultValue={c.sessionsPerYear}
              required
            />
            {error("sessionsPerYear")}
          </div>
          <label className="block space-y-1 text-sm font-medium">
            Contract year starts (month)
            <select name="yearStartMonth" defaultValue={c.yearStartMonth} className={CONTROL_CLASS}>
              {MONTHS.map((m, i) => (
                <option key={m} value={i + 1}>
                  {m}
                </option>
              ))}
            </select>
          </label>
          <div>
            <Field id="yearStartDay" name="yearStartDay" type="number" min={1} max={28} label="…on day" defaultValue={c.yearStartDay} required />
            {error("yearStartDay")}
          </div>
          <div>
            <Field
              id="lateCancelHours"
              name="lateCancelHours"
              type="number"
              min={0}
              max={168}
              label="Late cancellation window (hours)"
              defaultValue={c.lateCancelHours}
              required
            />
            {error("lateCancelHours")}
          </div>
          <div>
            <Field
              id="reportMinGroupSize"
              name="reportMinGroupSize"
              type="number"
              min={10}
              max={1000}
              label="Smallest group in reports (≥ 10)"
              defaultValue={c.reportMinGroupSize}
              required
            />
            {error("reportMinGroupSize")}
          </div>
          <div>
            <Field
              id="registryGraceDays"
              name="registryGraceDays"
              type="number"
              min={0}
              max={365}
              label="Days of access after leaving the registry"
              defaultValue={c.registryGraceDays}
              required
            />
            {error("registryGraceDays")}
          </div>
        </div>
        <Checkboxes
          legend="Included directions"
          name="directions"
          options={{ psychology: "Psychology", legal: "Legal", financial: "Financial" }}
          checked={c.directions}
        />
        {error("directions")}
        <Checkboxes legend="Included formats" name="formats" options={{ chat: "Chat", audio: "Audio", video: "Video" }} checked={c.formats} />
        {error("formats")}
      </fieldset>
      <Button type="submit" disabled={pending}>
        {pending ? "Saving…" : submitLabel}
      </Button>
    </form>
  );
}

function Checkboxes({ legend, name, options, checked }: { legend: string; name: string; options: Record<string, string>; checked: string[] }) {
  return (
    <fieldset>
      <legend className="text-sm font-medium">{legend}</legend>
      <div className="mt-1 flex flex-wrap gap-4">
        {Object.entries(options).map(([value, label]) => (
          <label key={value} className="flex min-h-11 items-center gap-2 text-sm">
            <input type="checkbox" name={name} value={value} defaultChecked={checked.includes(value)} className="h-5 w-5" />
            {label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
