"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { FormStatus } from "@/components/ui/form-status";
import { IDLE, type FormState } from "@/lib/forms/form-state";

type Action = (state: FormState, form: FormData) => Promise<FormState>;

/** One button that runs one action, with its outcome (or the reason it was refused) shown in place. */
export function ActionButton({
  action,
  label,
  ariaLabel,
  confirm,
  variant = "secondary",
  className,
}: {
  action: Action;
  label: string;
  ariaLabel?: string;
  confirm?: string;
  variant?: "primary" | "secondary" | "ghost";
  className?: string;
}) {
  const [state, formAction, pending] = useActionState(action, IDLE);
  if (state.status === "saved" && state.message) return <FormStatus state={state} />;
  return (
    <form
      action={formAction}
      onSubmit={(e) => {
        if (confirm && !window.confirm(confirm)) e.preventDefault();
      }}
      className={className ?? "inline-flex flex-col gap-1"}
    >
      {state.status === "error" && <FormStatus state={state} />}
      <Button type="submit" variant={variant} disabled={pending} aria-label={ariaLabel}>
        {label}
      </Button>
    </form>
  );
}
