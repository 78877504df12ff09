/**
 * One form field: label, control, hint, error — written once, so that how an error is announced
 * (tied to its control by aria-describedby, the control marked aria-invalid) changes in one place.
 * `Field` is the common text input; `FormField` lends the same frame to a select or a textarea
 * through a render function that receives the wiring; `FieldGroup` is the frame of a group of radios
 * or checkboxes (a fieldset and its legend).
 */
import type { InputHTMLAttributes, ReactNode } from "react";
import type { FormState } from "@/lib/forms/form-state";

/** The look every form control shares: tall enough to tap, full width of its column. */
export const CONTROL_CLASS = "block min-h-11 w-full rounded-lg border border-slate-300 bg-white px-3";

/** What the control inside a field must carry to be labelled and described. */
export interface ControlWiring {
  id: string;
  "aria-invalid"?: true;
  "aria-describedby"?: string;
}

/** The message a refused submission gave for one field, if any. */
export function errorOf(state: FormState, name: string): string | undefined {
  return state.status === "error" ? state.fields[name] : undefined;
}

function describedBy(id: string, hint: ReactNode, error: string | undefined): string | undefined {
  return [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
}

/** The hint and the error under a control or a group, with the ids the control points at. */
function FieldNotes({ id, hint, error }: { id: string; hint?: ReactNode; error?: string }) {
  return (
    <>
      {hint && (
        <p id={`${id}-hint`} className="text-xs text-slate-500">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="text-sm text-red-700">
          {error}
        </p>
      )}
    </>
  );
}

export function FormField({
  id,
  label,
  hint,
  error,
  children,
}: {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  children: (control: ControlWiring) => ReactNode;
}) {
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      {children({ id, "aria-invalid": error ? true : undefined, "aria-describedby": describedBy(id, hint, error) })}
      <FieldNotes id={id} hint={hint} error={error} />
    </div>
  );
}

/** A group of radios or checkboxes under one legend; the error is tied to the group. */
export function FieldGroup({
  id,
  legend,
  hint,
  error,
  legendClassName = "text-sm font-medium text-slate-800",
  className = "space-y-2",
  children,
}: {
  id: string;
  legend: ReactNode;
  hint?: ReactNode;
  error?: string;
  legendClassName?: string;
  className?: string;
  children: ReactNode;
}) {
  return (
    <fieldset className={className} aria-describedby={describedBy(id, hint, error)} aria-invalid={error ? true : undefined}>
      <legend className={legendClassName}>{legend}</legend>
      {children}
      <FieldNotes id={id} hint={hint} error={error} />
    </fieldset>
  );
}

export function Field({
  label,
  hint,
  error,
  id,
  ...input
}: InputHTMLAttributes<HTMLInputElement> & { label: string; hint?: string; error?: string; id: string }) {
  return (
    <FormField id={id} label={label} hint={hint} error={error}>
      {(control) => <input className={`${CONTROL_CLASS} py-2 text-base shadow-sm focus:border-harbor-600`} {...control} {...input} />}
    </FormField>
  );
}
