import { FieldGroup } from "./field";

/** A labelled group of checkboxes for choosing several values from a vocabulary. */
export function ChoiceGroup({
  legend,
  name,
  options,
  selected,
  error,
}: {
  legend: string;
  name: string;
  options: [string, string][];
  selected: readonly string[];
  error?: string;
}) {
  return (
    <FieldGroup id={`${name}-choices`} legend={legend} error={error}>
      <div className="grid gap-1 sm:grid-cols-2">
        {options.map(([value, label]) => (
          <label key={value} className="flex min-h-11 items-center gap-2 rounded-md px-1 text-sm hover:bg-slate-50">
            <input type="checkbox" name={name} value={value} defaultChecked={selected.includes(value)} className="h-5 w-5 accent-harbor-700" />
            {label}
          </label>
        ))}
      </div>
    </FieldGroup>
  );
}
