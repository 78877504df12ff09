import Link from "next/link";
import { AppShell } from "@/components/layout/app-shell";
import { HR_NAV } from "@/components/layout/navigation";
import { Card, Stat } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import { ROUTE_ROLES } from "@/lib/auth/route-roles";
import { guardPage } from "@/lib/auth/page-guard";
import { DIRECTION_LABEL, FORMAT_LABEL, TOPICS } from "@/lib/catalogue/vocabulary";
import { currentQuarterKey, recentPeriodKeys, ZPeriod } from "@/lib/reports/periods";
import { getUtilisationReport } from "@/lib/reports/get-utilisation-report";
import type { ShownCell } from "@/lib/reports/suppression";

export const metadata = { title: "Programme statistics" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function HrPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await guardPage(ROUTE_ROLES["/hr"]);
  const requested = (await searchParams).period;
  const parsed = ZPeriod.safeParse(Array.isArray(requested) ? requested[0] : requested);
  const periodKey = parsed.success ? parsed.data : currentQuarterKey(new Date(), actor.timeZone);
  const report = await getUtilisationReport(actor, periodKey);
  const hidden = `fewer than ${report.minGroup}`;
  const show = (value: number | null, suffix = "") => (value === null ? <span className="text-base text-slate-500">{hidden}</span> : `${value}${suffix}`);

  return (
    <AppShell actor={actor} nav={HR_NAV} title={`${report.tenantName} — ${report.period.label}`}>
      <nav aria-label="Period" className="flex flex-wrap gap-2">
        {recentPeriodKeys(new Date(), actor.timeZone).map((key) => (
          <Link
            key={key}
            href={`/hr?period=${key}`}
            aria-current={key === report.period.key ? "page" : undefined}
            className={`rounded-full border px-3 py-1 text-sm ${key === report.period.key ? "border-harbor-700 bg-harbor-700 text-white" : "border-slate-300 bg-white text-slate-700"}`}
          >
            {key}
          </Link>
        ))}
      </nav>
      <Notice>
        Figures are anonymous totals. Any figure that would describe fewer than {report.minGroup} employees is hidden, and so is the next-smallest one where a
        total would reveal it.
      </Notice>
      <dl className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
        <Stat label="Employees covered" value={show(report.eligibleIdentifiers)} />
        <Stat label="Registered in Harbor" value={show(report.registeredEmployees)} />
        <Stat label="Employees who consulted" value={show(report.employeesConsulted)} />
        <Stat label="Utilisation" value={show(report.utilisationPercent, " %")} hint="Employees who consulted ÷ employees covered" />
      </dl>
      <div className="grid gap-4 lg:grid-cols-3">
        <Breakdown
          title="Sessions by topic"
          cells={report.byTopic}
          label={(key) => TOPICS[key as keyof typeof TOPICS] ?? "Not tagged"}
          hidden={hidden}
          total={report.sessionsHeld}
        />
        <Breakdown
          title="Sessions by format"
          cells={report.byFormat}
          label={(key) => FORMAT_LABEL[key as keyof typeof FORMAT_LABEL] ?? key}
          hidden={hidden}
          total={report.sessionsHeld}
        />
        <Breakdown
          title="Sessions by direction"
          cells={report.byDirection}
          label={(key) => DIRECTION_LABEL[key as keyof typeof DIRECTION_LABEL] ?? key}
          hidden={hidden}
          total={report.sessionsHeld}
        />
      </div>
    </AppShell>
  );
}

function Breakdown({
  title,
  cells,
  label,
  hidden,
  total,
}: {
  title: string;
  cells: ShownCell[];
  label: (key: string) => string;
  hidden: string;
  total: number | null;
}) {
  return (
    <Card title={title}>
      {total === null ? (
        <p className="text-sm text-slate-600">Too few employees consulted in this period to show a breakdown.</p>
      ) : (
        <table className="w-full text-sm">
          <caption className="sr-only">{title}</caption>
          <tbody>
            {cells.map((cell) => (
              <tr key={cell.key} className="border-b border-slate-100 last:border-0">
                <th scope="row" className="py-2 text-left font-normal">
                  {label(cell.key)}
                </th>
                <td className="py-2 text-right font-medium" data-suppressed={cell.suppressed || undefined}>
                  {cell.suppressed ? <span className="text-slate-500">{hidden}</span> : cell.value}
                </td>
              </tr>
            ))}
            <tr>
              <th scope="row" className="pt-2 text-left font-semibold">
                All sessions
              </th>
              <td className="pt-2 text-right font-semibold">{total}</td>
            </tr>
          </tbody>
        </table>
      )}
    </Card>
  );
}
