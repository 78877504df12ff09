import { getTranslations } from "next-intl/server";
import { AppShell } from "@/components/layout/app-shell";
import { HR_NAV } from "@/components/layout/navigation";
import { ApiTokenPanel } from "@/components/reports/api-token-panel";
import { PeriodPicker } from "@/components/reports/period-picker";
import { ReportView } from "@/components/reports/report-view";
import { Card } from "@/components/ui/card";
import { ROUTE_ROLES } from "@/lib/auth/route-roles";
import { guardPage } from "@/lib/auth/page-guard";
import { periodNamer, reportLabels } from "@/lib/i18n/report-labels";
import { requestFormats } from "@/lib/i18n/server-formats";
import { listReportTokens } from "@/lib/reports/api-tokens";
import { listReportPeriods, readUtilisationReport } from "@/lib/reports/get-report";
import { defaultPeriodKey } from "@/lib/reports/periods";
import { reportScopeFor } from "@/lib/reports/report-access";
import { createReportTokenAction, revokeReportTokenAction } from "./actions";

export async function generateMetadata() {
  return { title: (await getTranslations("reports"))("metaTitle") };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function HrPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await guardPage(ROUTE_ROLES["/hr"]);
  const scope = reportScopeFor(actor);
  const about = await listReportPeriods(scope);
  const requested = (await searchParams).period;
  const wanted = Array.isArray(requested) ? requested[0] : requested;
  const fallback = defaultPeriodKey(new Date(), about.timeZone);
  const periodKey = about.periods.some((p) => p.key === wanted) ? wanted! : fallback;
  const [report, tokens, t, f] = await Promise.all([
    readUtilisationReport(scope, periodKey),
    listReportTokens(actor),
    getTranslations("reports"),
    requestFormats(actor.timeZone),
  ]);
  const labels = await reportLabels({ name: about.name, period: report.period, asOf: report.asOf, minGroup: report.minGroup, timeZone: actor.timeZone });
  const name = periodNamer(t, f.month);

  return (
    <AppShell actor={actor} nav={HR_NAV} title={labels.title}>
      <PeriodPicker
        action="/hr"
        periods={about.periods}
        selected={report.period}
        name={name}
        labels={{ period: t("period"), show: t("show"), month: t("kind.month"), quarter: t("kind.quarter"), year: t("kind.year") }}
      />
      {wanted && wanted !== report.period && <p className="text-sm text-slate-600">{t("periodNotOffered")}</p>}
      <ReportView report={report} labels={labels} exportQuery={`period=${report.period}`} />
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
