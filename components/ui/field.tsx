import type { InputHTMLAttributes } from "react";

/** The look every form control shares: tall enough to tap, full width of its column. */
export const CONTROL_CLASS = "block min-h-11 w-full rounded-lg border border-slate-300 bg-white px-3";

export function Field({ label, hint, id, ...input }: InputHTMLAttributes<HTMLInputElement> & { label: string; hint?: string; id: string }) {
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      <input
        id={id}
        className={`${CONTROL_CLASS} py-2 text-base shadow-sm focus:border-harbor-600`}
        aria-describedby={hint ? `${id}-hint` : undefined}
        {...input}
      />
      {hint && (
        <p id={`${id}-hint`} className="text-xs text-slate-500">
          {hint}
        </p>
      )}
    </div>
  );
}
