"use client";

import { useActionState } from "react";
import Link from "next/link";
import type { NewPsychologistState } from "@/lib/forms/form-state";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FieldError, FormStatus } from "@/components/ui/form-status";
import { Notice } from "@/components/ui/notice";
import { IDLE } from "@/lib/forms/form-state";

export function NewPsychologistForm({ action }: { action: (s: NewPsychologistState, f: FormData) => Promise<NewPsychologistState> }) {
  const [state, formAction, pending] = useActionState(action, IDLE as NewPsychologistState);
  return (
    <div className="space-y-3">
      {state.status === "saved" && state.created ? (
        <Notice tone="success" testId="psychologist-created">
          <p>
            Account created for <strong>{state.created.email}</strong>. Temporary password, shown only now:{" "}
            <code className="rounded bg-white px-1 font-mono" data-testid="temporary-password">
              {state.created.temporaryPassword}
            </code>
          </p>
          <p className="mt-1">
            Send it to the psychologist through a channel you trust; at first sign-in they must replace it with their own.{" "}
            <Link className="underline" href={`/admin/psychologists/${state.created.profileId}`}>
              Open the profile
            </Link>
          </p>
        </Notice>
      ) : (
        <FormStatus state={state} testId="new-psychologist-status" />
      )}
      <form action={formAction} className="grid gap-3 sm:grid-cols-[1fr_1fr_auto] sm:items-end" aria-label="New psychologist">
        <div>
          <Field id="np-email" name="email" type="email" label="E-mail (sign-in)" required autoComplete="off" />
          <FieldError state={state} name="email" />
        </div>
        <div>
          <Field id="np-name" name="displayName" label="Name shown to clients" required />
          <FieldError state={state} name="displayName" />
        </div>
        <Button type="submit" disabled={pending}>
          Create account
        </Button>
      </form>
    </div>
  );
}
