"use client";

import { Bar, BarChart, CartesianGrid, LabelList, ResponsiveContainer, XAxis, YAxis } from "recharts";

export interface ChartRow {
  key: string;
  label: string;
  value: number | null;
  /** The value as the table shows it, when it needs a unit ("42 %"). */
  display?: string;
}

/**
 * Bars for the published rows of one breakdown (recharts, drawn as SVG in the page: nothing is
 * fetched). The table beside it is the accessible reading of the same numbers, withheld rows
 * included; the chart itself is a picture of that table.
 */
export function ReportBarChart({ rows, orientation, summary }: { rows: ChartRow[]; orientation: "columns" | "bars"; summary: string }) {
  const shown = rows.filter((row) => row.value !== null);
  if (shown.length === 0) return null;
  const bars = orientation === "bars";
  const height = bars ? Math.max(120, shown.length * 34 + 20) : 220;
  return (
    <figure role="img" aria-label={summary} className="w-full" data-testid="report-chart">
      <ResponsiveContainer width="100%" height={height}>
        <BarChart data={shown} layout={bars ? "vertical" : "horizontal"} margin={{ top: 16, right: 32, bottom: 4, left: 4 }} accessibilityLayer={false}>
          <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" horizontal={!bars} vertical={bars} />
          {bars ? (
            <>
              <XAxis type="number" hide />
              <YAxis type="category" dataKey="label" width={130} tick={{ fontSize: 12, fill: "#334155" }} interval={0} />
            </>
          ) : (
            <>
              <XAxis dataKey="label" tick={{ fontSize: 11, fill: "#334155" }} interval="preserveStartEnd" />
              <YAxis allowDecimals={false} width={36} tick={{ fontSize: 11, fill: "#334155" }} />
            </>
          )}
          <Bar dataKey="value" fill="#0f766e" radius={3} isAnimationActive={false}>
            <LabelList dataKey="value" position={bars ? "right" : "top"} style={{ fontSize: 12, fill: "#0f172a" }} />
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </figure>
  );
}
