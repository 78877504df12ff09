import { Card } from "@/components/ui/card";
import { ReportBarChart, type ChartRow } from "./bar-chart";

/** One breakdown: its chart, then every row as a table (withheld ones say so, in words). */
export function BreakdownCard({
  title,
  rows,
  withheld,
  orientation,
  summary,
}: {
  title: string;
  rows: ChartRow[];
  withheld: string;
  orientation: "columns" | "bars";
  summary: string;
}) {
  return (
    <Card title={title}>
      <ReportBarChart rows={rows} orientation={orientation} summary={summary} />
      <table className="mt-2 w-full text-sm" data-testid={`breakdown-${title}`}>
        <caption className="sr-only">{title}</caption>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key} className="border-b border-slate-100 last:border-0">
              <th scope="row" className="py-1.5 text-left font-normal">
                {row.label}
              </th>
              <td className="py-1.5 text-right font-medium tabular-nums" data-withheld={row.value === null || undefined}>
                {row.value === null ? <span className="font-normal text-slate-500">{withheld}</span> : (row.display ?? row.value)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </Card>
  );
}
