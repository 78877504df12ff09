"use client";

import { useEffect, useRef, type FormEvent } from "react";
import type { FormState } from "@/lib/forms/form-state";

/**
 * Keeps what the person typed when a submission is refused. React resets a form once its action
 * finishes, so a "correct this field" answer would otherwise come back to an emptied form. The values
 * sent are put back after a refusal (never passwords or files); after a success the reset stands.
 */
export function useKeptInput(state: Pick<FormState, "status">) {
  const ref = useRef<HTMLFormElement>(null);
  const sent = useRef<FormData | null>(null);
  useEffect(() => {
    if (state.status === "error" && ref.current && sent.current) restore(ref.current, sent.current);
  }, [state]);
  return { ref, onSubmit: (event: FormEvent<HTMLFormElement>) => void (sent.current = new FormData(event.currentTarget)) };
}

function restore(form: HTMLFormElement, sent: FormData) {
  for (const element of Array.from(form.elements)) {
    if (!(element instanceof HTMLInputElement || element instanceof HTMLSelectElement || element instanceof HTMLTextAreaElement) || !element.name) continue;
    if (element instanceof HTMLInputElement && ["password", "file", "hidden", "submit"].includes(element.type)) continue;
    const values = sent.getAll(element.name).map(String);
    if (element instanceof HTMLInputElement && (element.type === "checkbox" || element.type === "radio")) element.checked = values.includes(element.value);
    else if (element instanceof HTMLSelectElement && element.multiple)
      for (const option of Array.from(element.options)) option.selected = values.includes(option.value);
    else element.value = values[0] ?? "";
  }
}
