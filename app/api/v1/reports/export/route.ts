import { z } from "zod";
import { withProblems } from "@/lib/http/problem";
import { reportLabels } from "@/lib/i18n/report-labels";
import { reportCsv } from "@/lib/reports/export-csv";
import { reportPdf } from "@/lib/reports/export-pdf";
import { listReportPeriods, readUtilisationReport } from "@/lib/reports/get-report";
import { reportScopeOfRequest } from "@/lib/reports/report-request";

const ZFormat = z.enum(["csv", "pdf"], { error: "errors.reports.exportFormat" });

/** GET ?period=2026-Q3&format=csv|pdf → the dashboard's figures as a download. */
export const GET = withProblems(async (request: Request) => {
  const params = new URL(request.url).searchParams;
  const format = ZFormat.parse(params.get("format"));
  const scope = await reportScopeOfRequest(request);
  const [report, about] = await Promise.all([readUtilisationReport(scope, params.get("period") ?? ""), listReportPeriods(scope)]);
  const labels = await reportLabels({ name: about.name, period: report.period, asOf: report.asOf, minGroup: report.minGroup, timeZone: about.timeZone });
  const filename = `harbor-report-${report.period}.${format}`;
  const headers = { "content-disposition": `attachment; filename="${filename}"`, "cache-control": "private, no-store" };
  if (format === "csv") return new Response(reportCsv(report, labels), { headers: { ...headers, "content-type": "text/csv; charset=utf-8" } });
  return new Response(new Uint8Array(await reportPdf(report, labels)), { headers: { ...headers, "content-type": "application/pdf" } });
});
