import { getTranslations } from "next-intl/server";
import { AppShell } from "@/components/layout/app-shell";
import { HR_NAV } from "@/components/layout/navigation";
import { ApiTokenPanel } from "@/components/reports/api-token-panel";
import { PeriodPicker } from "@/components/reports/period-picker";
import { ReportView } from "@/components/reports/report-view";
import { Card } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import { ROUTE_ROLES } from "@/lib/auth/route-roles";
import { guardPage } from "@/lib/auth/page-guard";
import { reportLabels } from "@/lib/i18n/report-labels";
import { requestFormats } from "@/lib/i18n/server-formats";
import { listReportTokens } from "@/lib/reports/api-tokens";
import { readEmployerDashboard } from "@/lib/reports/get-report";
import { reportScopeFor } from "@/lib/reports/report-access";
import { createReportTokenAction, revokeReportTokenAction } from "./actions";

export async function generateMetadata() {
  return { title: (await getTranslations("reports"))("metaTitle") };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function HrPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await guardPage(ROUTE_ROLES["/hr"]);
  const requested = (await searchParams).period;
  const [{ about, report, fellBack }, tokens, t] = await Promise.all([
    readEmployerDashboard(reportScopeFor(actor), Array.isArray(requested) ? requested[0] : requested),
    listReportTokens(actor),
    getTranslations("reports"),
  ]);
  // The employer's zone, as in the CSV and PDF of the same figures.
  const f = await requestFormats(about.timeZone);
  const labels = report && (await reportLabels({ ...about, period: report.period, asOf: report.asOf }));

  return (
    <AppShell actor={actor} nav={HR_NAV} title={labels?.title ?? t("metaTitle")}>
      <Notice testId="upcoming-release">
        {report ? "" : `${t("nothingYet")} `}
        {t("upcoming", { month: f.month(about.upcoming.month), date: f.longDate(about.upcoming.on) })}
      </Notice>
      {report && labels && (
        <>
          <PeriodPicker action="/hr" periods={about.periods} selected={report.period} yearKind={about.yearKind} />
          {fellBack && <p className="text-sm text-slate-600">{t("periodNotOffered")}</p>}
          <ReportView report={report} labels={labels} exportQuery={`period=${report.period}`} />
        </>
      )}
      <Card title={t("tokens.title")}>
        <ApiTokenPanel
          create={createReportTokenAction}
          tokens={tokens.map((token) => ({
            id: token.id,
            name: token.name,
            lastChars: token.lastChars,
            created: f.date(token.createdAt),
            lastUsed: token.lastUsedAt ? f.dateTime(token.lastUsedAt) : null,
            revoke: revokeReportTokenAction.bind(null, token.id),
          }))}
        />
      </Card>
    </AppShell>
  );
}
