import type { OfferedPeriod } from "@/lib/reports/get-report";

/** The fixed periods, grouped by kind; a plain GET form, so it works before any script has loaded. */
export function PeriodPicker({
  action,
  periods,
  selected,
  name,
  labels,
  hidden,
}: {
  action: string;
  periods: OfferedPeriod[];
  selected: string;
  name: (key: string) => string;
  labels: { period: string; show: string; month: string; quarter: string; year: string };
  hidden?: Record<string, string>;
}) {
  const groups = (["month", "quarter", "year"] as const).map((kind) => ({ kind, periods: periods.filter((p) => p.kind === kind) }));
  return (
    <form action={action} method="get" className="flex flex-wrap items-end gap-2">
      {Object.entries(hidden ?? {}).map(([key, value]) => (
        <input key={key} type="hidden" name={key} value={value} />
      ))}
      <label className="flex flex-col gap-1 text-sm font-medium text-slate-700">
        {labels.period}
        <select name="period" defaultValue={selected} className="min-h-11 rounded-lg border border-slate-300 bg-white px-3 text-base">
          {groups.map((group) => (
            <optgroup key={group.kind} label={labels[group.kind]}>
              {group.periods.map((period) => (
                <option key={period.key} value={period.key}>
                  {name(period.key)}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      </label>
      <button type="submit" className="hover:bg-harbor-800 min-h-11 rounded-lg bg-harbor-700 px-4 font-medium text-white">
        {labels.show}
      </button>
    </form>
  );
}
