"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { FormStatus } from "@/components/ui/form-status";
import { IDLE, type FormState } from "@/lib/forms/form-state";

/** One button that changes an appointment, with its outcome shown in place. */
export function AppointmentAction({ action, label, confirm, variant = "secondary" }: { action: (s: FormState) => Promise<FormState>; label: string; confirm?: string; variant?: "secondary" | "ghost" }) {
  const [state, formAction, pending] = useActionState(action, IDLE);
  if (state.status === "saved") return <FormStatus state={state} />;
  return (
    <form action={formAction} onSubmit={(e) => { if (confirm && !window.confirm(confirm)) e.preventDefault(); }} className="inline-flex flex-col gap-1">
      {state.status === "error" && <FormStatus state={state} />}
      <Button type="submit" variant={variant} disabled={pending}>{label}</Button>
    </form>
  );
}
