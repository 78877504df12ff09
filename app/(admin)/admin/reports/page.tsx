import { getTranslations } from "next-intl/server";
import { AppShell } from "@/components/layout/app-shell";
import { PLATFORM_ADMIN_NAV } from "@/components/layout/navigation";
import { PeriodPicker } from "@/components/reports/period-picker";
import { ReportView } from "@/components/reports/report-view";
import { Card, Stat } from "@/components/ui/card";
import { ROUTE_ROLES } from "@/lib/auth/route-roles";
import { guardPage } from "@/lib/auth/page-guard";
import { periodNamer, reportLabels } from "@/lib/i18n/report-labels";
import { requestFormats } from "@/lib/i18n/server-formats";
import { SERVICE_FIGURE_NAMES } from "@/lib/reports/disclosure";
import { listReportPeriods, readPlatformReport } from "@/lib/reports/get-report";
import { defaultPeriodKey } from "@/lib/reports/periods";
import { reportScopeFor } from "@/lib/reports/report-access";
import { listTenants } from "@/lib/tenants/list-tenants";

export async function generateMetadata() {
  return { title: (await getTranslations("reports"))("platform.metaTitle") };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;
const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

/** The platform's view: any tenant's report or all tenants together, plus service levels no employer sees. */
export default async function PlatformReportsPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await guardPage(ROUTE_ROLES["/admin/reports"]);
  const params = await searchParams;
  const tenants = await listTenants(actor);
  const requestedScope = first(params.tenant);
  const scopeParam = requestedScope && tenants.some((tenant) => tenant.id === requestedScope) ? requestedScope : "all";
  const scope = reportScopeFor(actor, scopeParam);
  const about = await listReportPeriods(scope);
  const wanted = first(params.period);
  const periodKey = about.periods.some((p) => p.key === wanted) ? wanted! : defaultPeriodKey(new Date(), about.timeZone);
  const [report, t, f] = await Promise.all([readPlatformReport(scope, periodKey), getTranslations("reports"), requestFormats(actor.timeZone)]);
  const labels = await reportLabels({ name: about.name, period: report.period, asOf: report.asOf, minGroup: report.minGroup, timeZone: actor.timeZone });
  const name = periodNamer(t, f.month);
  const title = about.name ? labels.title : t("platform.allTitle", { period: name(report.period) });
  const service = (key: (typeof SERVICE_FIGURE_NAMES)[number]) => {
    const value = report.service[key];
    if (value === null) return <span className="text-base font-normal text-slate-500">{labels.withheld}</span>;
    if (key === "sessionsStartedOnTimePercent") return `${f.decimal(value, Number.isInteger(value) ? 0 : 1)} %`;
    return key === "medianReplyMinutes" ? t("minutes", { count: value }) : t("days", { count: value });
  };

  return (
    <AppShell actor={actor} nav={PLATFORM_ADMIN_NAV} title={title}>
      <form action="/admin/reports" method="get" className="flex flex-wrap items-end gap-2">
        <input type="hidden" name="period" value={report.period} />
        <label className="flex flex-col gap-1 text-sm font-medium text-slate-700">
          {t("platform.scope")}
          <select name="tenant" defaultValue={scopeParam} className="min-h-11 rounded-lg border border-slate-300 bg-white px-3 text-base">
            <option value="all">{t("platform.allTenants")}</option>
            {tenants.map((tenant) => (
              <option key={tenant.id} value={tenant.id}>
                {tenant.name}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className="min-h-11 rounded-lg border border-slate-300 bg-white px-4 font-medium text-slate-800">
          {t("show")}
        </button>
      </form>
      <PeriodPicker
        action="/admin/reports"
        periods={about.periods}
        selected={report.period}
        name={name}
        hidden={{ tenant: scopeParam }}
        labels={{ period: t("period"), show: t("show"), month: t("kind.month"), quarter: t("kind.quarter"), year: t("kind.year") }}
      />
      <Card title={t("platform.service")}>
        <p className="mb-3 text-sm text-slate-600">{t("platform.serviceNote")}</p>
        <dl className="grid gap-3 sm:grid-cols-3">
          {SERVICE_FIGURE_NAMES.map((key) => (
            <Stat key={key} label={t(`service.${key}`)} value={service(key)} />
          ))}
        </dl>
      </Card>
      <ReportView report={report} labels={labels} exportQuery={`tenant=${scopeParam}&period=${report.period}`} />
    </AppShell>
  );
}
