/**
 * The scope a report API request reads: an HR API token (`Authorization: Bearer …`) names its
 * tenant; otherwise the dashboard's own session decides (lib/reports/report-access).
 */
import { authorize } from "@/lib/auth/guard";
import { AppError } from "@/lib/errors";
import { tenantOfToken } from "./api-tokens";
import type { Scope } from "./month-facts";
import { REPORT_ROLES, reportScopeFor } from "./report-access";

export async function reportScopeOfRequest(request: Request): Promise<Scope> {
  const header = request.headers.get("authorization");
  if (header !== null) {
    const token = /^Bearer\s+(\S+)\s*$/i.exec(header)?.[1];
    const tenantId = token ? await tenantOfToken(token) : null;
    if (!tenantId) throw new AppError("unauthenticated", "errors.reports.badToken");
    return { tenantId };
  }
  const actor = await authorize(REPORT_ROLES);
  return reportScopeFor(actor, new URL(request.url).searchParams.get("tenant"));
}
