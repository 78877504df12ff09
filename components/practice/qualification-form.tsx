"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { CONTROL_CLASS, Field } from "@/components/ui/field";
import { FieldError, FormStatus } from "@/components/ui/form-status";
import { IDLE, type FormState } from "@/lib/forms/form-state";

export function QualificationForm({ action }: { action: (s: FormState, f: FormData) => Promise<FormState> }) {
  const [state, formAction, pending] = useActionState(action, IDLE);
  return (
    <form action={formAction} className="space-y-3" aria-label="Add a qualification">
      <FormStatus state={state} testId="qualification-status" />
      <div className="grid gap-3 sm:grid-cols-2">
        <label className="block space-y-1 text-sm font-medium">
          Kind
          <select name="kind" className={CONTROL_CLASS}>
            <option value="education">Education</option>
            <option value="certification">Certification or licence</option>
            <option value="membership">Professional membership</option>
          </select>
        </label>
        <div>
          <Field id="q-year" name="year" type="number" min={1950} label="Year (optional)" />
          <FieldError state={state} name="year" />
        </div>
        <div>
          <Field id="q-title" name="title" label="Degree, licence or certificate" required />
          <FieldError state={state} name="title" />
        </div>
        <div>
          <Field id="q-institution" name="institution" label="Awarded by" required />
          <FieldError state={state} name="institution" />
        </div>
      </div>
      <Button type="submit" variant="secondary" disabled={pending}>
        Add for verification
      </Button>
    </form>
  );
}
