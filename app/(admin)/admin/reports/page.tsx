import { getTranslations } from "next-intl/server";
import { Withheld } from "@/components/reports/withheld";
import { AppShell } from "@/components/layout/app-shell";
import { PLATFORM_ADMIN_NAV } from "@/components/layout/navigation";
import { PeriodPicker } from "@/components/reports/period-picker";
import { ReportView } from "@/components/reports/report-view";
import { Card, Stat } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import { ROUTE_ROLES } from "@/lib/auth/route-roles";
import { guardPage } from "@/lib/auth/page-guard";
import { periodNamer, reportLabels } from "@/lib/i18n/report-labels";
import { requestFormats } from "@/lib/i18n/server-formats";
import { SERVICE_FIGURE_NAMES } from "@/lib/reports/disclosure";
import { readDashboard } from "@/lib/reports/get-report";
import { reportScopeFor } from "@/lib/reports/report-access";
import { listActivityAlerts } from "@/lib/reports/activity-alerts";
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
  const [tenants, alerts] = await Promise.all([listTenants(actor), listActivityAlerts(actor)]);
  const requestedTenant = first(params.tenant);
  const tenant = tenants.some((row) => row.id === requestedTenant) ? requestedTenant! : "all";
  const [{ about, report }, t] = await Promise.all([readDashboard(reportScopeFor(actor, tenant), first(params.period)), getTranslations("reports")]);
  const f = await requestFormats(about.timeZone);
  const labels = report && (await reportLabels({ ...about, period: report.period, asOf: report.asOf }));
  const title =
    !report || !labels
      ? t("platform.metaTitle")
      : about.name
        ? labels.title
        : t("platform.allTitle", { period: periodNamer(t, f.month, about.yearKind)(report.period) });

  return (
    <AppShell actor={actor} nav={PLATFORM_ADMIN_NAV} title={title}>
      <Notice testId="upcoming-release">
        {report ? "" : `${t("nothingYet")} `}
        {t("upcoming", { month: f.month(about.upcoming.month), date: f.longDate(about.upcoming.on) })}
      </Notice>
      <PeriodPicker action="/admin/reports" periods={about.periods} selected={report?.period ?? ""} yearKind={about.yearKind}>
        <label className="flex flex-col gap-1 text-sm font-medium text-slate-700">
          {t("platform.scope")}
          <select name="tenant" defaultValue={tenant} className="min-h-11 rounded-lg border border-slate-300 bg-white px-3 text-base">
            <option value="all">{t("platform.allTenants")}</option>
            {tenants.map((row) => (
              <option key={row.id} value={row.id}>
                {row.name}
              </option>
            ))}
          </select>
        </label>
      </PeriodPicker>
      <Card title={t("platform.alerts.title")}>
        <p className="mb-3 text-sm text-slate-600">{t("platform.alerts.intro")}</p>
        {alerts.length ? (
          <ul className="flex flex-col gap-2 text-sm" data-testid="activity-alerts">
            {alerts.map((alert) => (
              <li key={alert.id} className="rounded-lg border border-amber-300 bg-amber-50 px-3 py-2 text-amber-950">
                {t(`platform.alerts.${alert.kind}`, { tenant: alert.tenantName, count: alert.count, time: f.dateTime(alert.windowEnd) })}
              </li>
            ))}
          </ul>
        ) : (
          <p className="text-sm text-slate-600">{t("platform.alerts.none")}</p>
        )}
      </Card>
      {report && labels && (
        <>
          <Card title={t("platform.service")}>
            <p className="mb-3 text-sm text-slate-600">{t("platform.serviceNote")}</p>
            <dl className="grid gap-3 sm:grid-cols-3">
              {SERVICE_FIGURE_NAMES.map((name) => {
                const value = report.service[name];
                return (
                  <Stat
                    key={name}
                    label={labels.service(name)}
                    value={value === null ? <Withheld>{labels.withheld}</Withheld> : labels.serviceValue(name, value)}
                  />
                );
              })}
            </dl>
          </Card>
          <ReportView report={report} labels={labels} exportQuery={`tenant=${tenant}&period=${report.period}`} />
        </>
      )}
    </AppShell>
  );
}
