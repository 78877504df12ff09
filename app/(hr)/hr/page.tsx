import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { AppShell } from "@/components/layout/app-shell";
import { HR_NAV } from "@/components/layout/navigation";
import { Card, Stat } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import { ROUTE_ROLES } from "@/lib/auth/route-roles";
import { guardPage } from "@/lib/auth/page-guard";
import { requestFormats } from "@/lib/i18n/server-formats";
import { termLabeller, type TermGroup } from "@/lib/i18n/term-label";
import { currentQuarterKey, recentPeriodKeys, ZPeriod } from "@/lib/reports/periods";
import { getUtilisationReport } from "@/lib/reports/get-utilisation-report";
import type { ShownCell } from "@/lib/reports/suppression";

export async function generateMetadata() {
  return { title: (await getTranslations("hr"))("metaTitle") };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function HrPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await guardPage(ROUTE_ROLES["/hr"]);
  const requested = (await searchParams).period;
  const parsed = ZPeriod.safeParse(Array.isArray(requested) ? requested[0] : requested);
  const periodKey = parsed.success ? parsed.data : currentQuarterKey(new Date(), actor.timeZone);
  const [report, t, tv, f] = await Promise.all([
    getUtilisationReport(actor, periodKey),
    getTranslations("hr"),
    getTranslations("vocabulary"),
    requestFormats("UTC"),
  ]);
  const term = termLabeller(tv);
  // "2026-Q3", "2026-09" or "2026", as the reader's language names it.
  const periodName = (key: string) =>
    key.includes("-Q") ? t("quarter", { quarter: Number(key.slice(6)), year: key.slice(0, 4) }) : key.length === 7 ? f.month(key) : key;
  const hidden = t("hidden", { min: report.minGroup });
  const show = (value: number | null, percent = false) =>
    value === null ? <span className="text-base text-slate-500">{hidden}</span> : percent ? f.percent(value / 100) : f.number(value);
  const breakdown = (title: string, cells: ShownCell[], group: TermGroup) => (
    <Breakdown
      title={title}
      cells={cells}
      label={(key) => (key === "untagged" ? t("untagged") : term(group, key))}
      hidden={hidden}
      total={report.sessionsHeld}
    />
  );

  return (
    <AppShell actor={actor} nav={HR_NAV} title={t("title", { tenant: report.tenantName, period: periodName(report.period.key) })}>
      <nav aria-label={t("period")} className="flex flex-wrap gap-2">
        {recentPeriodKeys(new Date(), actor.timeZone).map((key) => (
          <Link
            key={key}
            href={`/hr?period=${key}`}
            aria-current={key === report.period.key ? "page" : undefined}
            className={`rounded-full border px-3 py-1 text-sm ${key === report.period.key ? "border-harbor-700 bg-harbor-700 text-white" : "border-slate-300 bg-white text-slate-700"}`}
          >
            {periodName(key)}
          </Link>
        ))}
      </nav>
      <Notice>{t("notice", { min: report.minGroup })}</Notice>
      <dl className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
        <Stat label={t("covered")} value={show(report.eligibleIdentifiers)} />
        <Stat label={t("registered")} value={show(report.registeredEmployees)} />
        <Stat label={t("consulted")} value={show(report.employeesConsulted)} />
        <Stat label={t("utilisation")} value={show(report.utilisationPercent, true)} hint={t("utilisationHint")} />
      </dl>
      <div className="grid gap-4 lg:grid-cols-3">
        {breakdown(t("byTopic"), report.byTopic, "topic")}
        {breakdown(t("byFormat"), report.byFormat, "format")}
        {breakdown(t("byDirection"), report.byDirection, "direction")}
      </div>
    </AppShell>
  );
}

async function Breakdown({
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
  const t = await getTranslations("hr");
  return (
    <Card title={title}>
      {total === null ? (
        <p className="text-sm text-slate-600">{t("tooFew")}</p>
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
                {t("allSessions")}
              </th>
              <td className="pt-2 text-right font-semibold">{total}</td>
            </tr>
          </tbody>
        </table>
      )}
    </Card>
  );
}
