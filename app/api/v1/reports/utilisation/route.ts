import { withProblems } from "@/lib/http/problem";
import { readUtilisationReport } from "@/lib/reports/get-report";
import { reportScopeOfRequest } from "@/lib/reports/report-request";

/** GET ?period=2026-Q3 | 2026-09 | 2026 → the published figures (null = withheld). See /api/v1/openapi.json. */
export const GET = withProblems(async (request: Request) => {
  const scope = await reportScopeOfRequest(request);
  const report = await readUtilisationReport(scope, new URL(request.url).searchParams.get("period") ?? "");
  const { period, minGroup, asOf, figures, breakdowns } = report;
  return Response.json({ period, minGroup, asOf, figures, breakdowns }, { headers: { "cache-control": "private, no-store" } });
});
