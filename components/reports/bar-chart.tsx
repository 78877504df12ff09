export interface ChartRow {
  key: string;
  label: string;
  value: number | null;
  /** The value as the table shows it, when it needs a unit ("42 %"). */
  display?: string;
}

/**
 * Bars for the published rows of one breakdown, drawn on the server as plain HTML: no charting
 * library and no script reach the phone. The table beside it is the accessible reading of the same
 * numbers, withheld rows included; the chart itself is a picture of that table.
 */
export function ReportBarChart({ rows, orientation, summary }: { rows: ChartRow[]; orientation: "columns" | "bars"; summary: string }) {
  const shown = rows.filter((row): row is ChartRow & { value: number } => row.value !== null);
  if (shown.length === 0) return null;
  const largest = Math.max(1, ...shown.map((row) => row.value));
  const share = (value: number) => `${Math.max((value / largest) * 100, value > 0 ? 1 : 0)}%`;
  if (orientation === "bars") {
    return (
      <figure role="img" aria-label={summary} className="w-full space-y-1.5 py-2" data-testid="report-chart">
        {shown.map((row) => (
          <div key={row.key} aria-hidden className="grid grid-cols-[minmax(0,8rem)_1fr] items-center gap-2 text-xs">
            <span className="truncate text-slate-700">{row.label}</span>
            <span className="flex items-center gap-1.5">
              <span className="block h-5 rounded-sm bg-teal-700" style={{ width: share(row.value) }} />
              <span className="text-slate-900 tabular-nums">{row.value}</span>
            </span>
          </div>
        ))}
      </figure>
    );
  }
  return (
    <figure role="img" aria-label={summary} className="w-full py-2" data-testid="report-chart">
      <div aria-hidden className="flex h-48 items-end gap-1 border-b border-slate-300">
        {shown.map((row) => (
          <div key={row.key} className="flex h-full min-w-0 flex-1 flex-col items-center justify-end">
            <span className="text-[11px] text-slate-900 tabular-nums">{row.value}</span>
            <span className="block w-full max-w-10 rounded-t-sm bg-teal-700" style={{ height: share(row.value) }} />
          </div>
        ))}
      </div>
      <div aria-hidden className="mt-1 flex gap-1">
        {shown.map((row) => (
          <span key={row.key} className="min-w-0 flex-1 truncate text-center text-[11px] text-slate-700">
            {row.label}
          </span>
        ))}
      </div>
    </figure>
  );
}
