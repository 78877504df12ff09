import type { ControlWiring } from "@/components/ui/field";
import { CONTROL_CLASS } from "@/components/ui/field";
import type { CountryOption } from "@/lib/urgent-help/countries";

/** A "country" select over the countries urgent help knows, named in the reader's language. */
export function CountrySelect({
  control,
  countries,
  defaultValue,
  placeholder,
}: {
  control?: ControlWiring;
  countries: CountryOption[];
  defaultValue: string;
  /** A first, unselectable choice that makes the field required. */
  placeholder?: string;
}) {
  return (
    <select {...control} name="country" defaultValue={defaultValue} required={Boolean(placeholder)} className={CONTROL_CLASS}>
      {placeholder && (
        <option value="" disabled>
          {placeholder}
        </option>
      )}
      {countries.map((c) => (
        <option key={c.code} value={c.code}>
          {c.name}
        </option>
      ))}
    </select>
  );
}
