/**
 * The scope a report API request reads: an HR API token (`Authorization: Bearer …`) names its
 * tenant; otherwise the dashboard's own session decides (lib/reports/report-access).
 */
import { recordAudit } from "@/lib/audit/record-audit";
import { authorize, type Actor } from "@/lib/auth/guard";
import { AppError } from "@/lib/errors";
import { tenantOfToken } from "./api-tokens";
import type { Scope } from "./month-facts";
import { REPORT_ROLES, reportScopeFor } from "./report-access";

export async function reportScopeOfRequest(request: Request): Promise<Scope> {
  return (await reportCallerOfRequest(request)).scope;
}

/** The scope, and who asked: the signed-in person, or null for an HR API token. */
export async function reportCallerOfRequest(request: Request): Promise<{ scope: Scope; actor: Actor | null }> {
  const header = request.headers.get("authorization");
  if (header !== null) {
    const token = /^Bearer\s+(\S+)\s*$/i.exec(header)?.[1];
    const tenantId = token ? await tenantOfToken(token) : null;
    if (!tenantId) throw new AppError("unauthenticated", "errors.reports.badToken");
    return { scope: { tenantId }, actor: null };
  }
  const actor = await authorize(REPORT_ROLES);
  return { scope: reportScopeFor(actor, new URL(request.url).searchParams.get("tenant")), actor };
}

/** A download of the figures is audited: who (or which token's tenant), which period, which format. */
export async function auditReportExport(caller: { scope: Scope; actor: Actor | null }, details: { period: string; format: string }): Promise<void> {
  await recordAudit({
    action: "report.exported",
    actorId: caller.actor?.id,
    actorRole: caller.actor?.role,
    tenantId: "tenantId" in caller.scope ? caller.scope.tenantId : null,
    meta: { ...details, via: caller.actor ? "session" : "token" },
  });
}
