"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { FormStatus } from "@/components/ui/form-status";
import { IDLE, type FormState } from "@/lib/forms/form-state";

/** "Re-encrypt now": asks the worker to run the rotation job at once rather than at the next hour. */
export function KeyRotationForm({ action, label }: { action: (s: FormState, f: FormData) => Promise<FormState>; label: string }) {
  const [state, formAction, pending] = useActionState(action, IDLE);
  return (
    <form action={formAction} className="mt-4 space-y-3">
      <FormStatus state={state} testId="rotation-status" />
      <Button type="submit" variant="secondary" disabled={pending}>
        {label}
      </Button>
    </form>
  );
}
