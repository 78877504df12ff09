import { getTranslations } from "next-intl/server";
import { periodNamer } from "@/lib/i18n/report-labels";
import { requestFormats } from "@/lib/i18n/server-formats";
import type { OfferedPeriod } from "@/lib/reports/get-report";
import type { YearKind } from "@/lib/reports/scope-profile";

/**
 * The fixed periods, grouped by kind; a plain GET form, so it works before any script has loaded.
 * `children` are more fields of the same form (the platform's choice of tenant).
 */
export async function PeriodPicker({
  action,
  periods,
  selected,
  yearKind,
  children,
}: {
  action: string;
  periods: OfferedPeriod[];
  selected: string;
  yearKind: YearKind;
  children?: React.ReactNode;
}) {
  const [t, f] = await Promise.all([getTranslations("reports"), requestFormats("UTC")]);
  const name = periodNamer(t, f.month, yearKind);
  const groups = (["month", "quarter", "year"] as const).map((kind) => ({ kind, periods: periods.filter((p) => p.kind === kind) }));
  return (
    <form action={action} method="get" className="flex flex-wrap items-end gap-2">
      {children}
      <label className="flex flex-col gap-1 text-sm font-medium text-slate-700">
        {t("period")}
        <select name="period" defaultValue={selected} className="min-h-11 rounded-lg border border-slate-300 bg-white px-3 text-base">
          {groups.map((group) => (
            <optgroup key={group.kind} label={t(`kind.${group.kind === "year" && yearKind === "calendar" ? "calendarYear" : group.kind}`)}>
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
        {t("show")}
      </button>
    </form>
  );
}
