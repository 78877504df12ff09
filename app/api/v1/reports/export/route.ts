import { z } from "zod";
import { withProblems } from "@/lib/http/problem";
import { reportLabels } from "@/lib/i18n/report-labels";
import { reportCsv } from "@/lib/reports/export-csv";
import { reportPdf } from "@/lib/reports/export-pdf";
import { readEmployerDownload } from "@/lib/reports/get-report";
import { auditReportExport, reportCallerOfRequest } from "@/lib/reports/report-request";

const ZFormat = z.enum(["csv", "pdf"], { error: "errors.reports.exportFormat" });

/** GET ?period=2026-Q3&format=csv|pdf → the dashboard's figures as a download. */
export const GET = withProblems(async (request: Request) => {
  const params = new URL(request.url).searchParams;
  // Who is asking comes first: a caller without the right learns nothing, not even which parameter is wrong.
  const caller = await reportCallerOfRequest(request);
  const format = ZFormat.parse(params.get("format"));
  const { about, report } = await readEmployerDownload(caller.scope, params.get("period"));
  await auditReportExport(caller, { period: report.period, format });
  const labels = await reportLabels({ ...about, period: report.period, asOf: report.asOf });
  const headers = { "content-disposition": `attachment; filename="harbor-report-${report.period}.${format}"`, "cache-control": "private, no-store" };
  if (format === "csv") return new Response(reportCsv(report, labels), { headers: { ...headers, "content-type": "text/csv; charset=utf-8" } });
  return new Response(new Uint8Array(await reportPdf(report, labels)), { headers: { ...headers, "content-type": "application/pdf" } });
});
