import { withProblems } from "@/lib/http/problem";
import { listReportPeriods } from "@/lib/reports/get-report";
import { reportScopeOfRequest } from "@/lib/reports/report-request";

/** GET → the periods reports are offered for, newest first. */
export const GET = withProblems(async (request: Request) => {
  const { minGroup, timeZone, periods } = await listReportPeriods(await reportScopeOfRequest(request));
  return Response.json({ minGroup, timeZone, periods }, { headers: { "cache-control": "private, no-store" } });
});
