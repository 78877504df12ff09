import { withProblems } from "@/lib/http/problem";
import { listReportPeriods } from "@/lib/reports/get-report";
import { reportScopeOfRequest } from "@/lib/reports/report-request";

/** GET → the periods reports are offered for (released in full), newest first, and when the next month will be. */
export const GET = withProblems(async (request: Request) => {
  const { minGroup, timeZone, periods, upcoming } = await listReportPeriods(await reportScopeOfRequest(request));
  return Response.json({ minGroup, timeZone, periods, upcoming }, { headers: { "cache-control": "private, no-store" } });
});
