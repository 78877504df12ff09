/**
 * HR's view of a tenant: anonymised aggregates over a fixed period. This is the only kind of data
 * an HR code path may read. Every figure is computed over at least K distinct employees (the
 * tenant's minimum, never below the platform floor) or suppressed; topic, format and direction
 * breakdowns get complementary suppression. Feedback text never appears here.
 */
import type { Actor } from "@/lib/auth/guard";
import { tenantScope } from "@/lib/auth/tenant-scope";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { parsePeriod, type Period } from "./periods";
import { effectiveMinGroup, guardFigure, suppressSmallCells, type Cell, type ShownCell } from "./suppression";
import { breakdownQuery, headlineQuery } from "./queries";

export interface UtilisationReport {
  tenantName: string;
  period: Period;
  minGroup: number;
  eligibleIdentifiers: number | null;
  registeredEmployees: number | null;
  employeesConsulted: number | null;
  utilisationPercent: number | null;
  sessionsHeld: number | null;
  byTopic: ShownCell[];
  byFormat: ShownCell[];
  byDirection: ShownCell[];
}

export async function getUtilisationReport(actor: Actor, periodKey: string): Promise<UtilisationReport> {
  if (actor.role !== "hr" && actor.role !== "tenant_admin" && actor.role !== "platform_admin") throw new AppError("forbidden", "errors.access.reports");
  const scope = tenantScope(actor);
  if (!scope.tenantId) throw new AppError("bad_request", "errors.reports.chooseTenant");
  const tenant = await db().tenant.findFirst({
    where: { id: scope.tenantId },
    select: { id: true, name: true, timeZone: true, contract: { select: { reportMinGroupSize: true } } },
  });
  if (!tenant) throw new AppError("not_found", "errors.tenant.notFound");

  const period = parsePeriod(periodKey, tenant.timeZone);
  const k = effectiveMinGroup(tenant.contract?.reportMinGroupSize ?? 0);
  const [headline, topics, formats, directions] = await Promise.all([
    headlineQuery(tenant.id, period),
    breakdownQuery(tenant.id, period, "topic"),
    breakdownQuery(tenant.id, period, "format"),
    breakdownQuery(tenant.id, period, "direction"),
  ]);

  const consulted = guardFigure(headline.employeesConsulted, headline.employeesConsulted, k);
  const eligible = guardFigure(headline.eligibleIdentifiers, headline.eligibleIdentifiers, k);
  const totalShown = consulted !== null;
  const breakdown = (cells: Cell[]) => (totalShown ? suppressSmallCells(cells, k, true) : []);
  return {
    tenantName: tenant.name,
    period,
    minGroup: k,
    eligibleIdentifiers: eligible,
    registeredEmployees: guardFigure(headline.registeredEmployees, headline.registeredEmployees, k),
    employeesConsulted: consulted,
    utilisationPercent: consulted !== null && eligible ? Math.round((consulted / eligible) * 1000) / 10 : null,
    sessionsHeld: totalShown ? headline.sessionsHeld : null,
    byTopic: breakdown(topics),
    byFormat: breakdown(formats),
    byDirection: breakdown(directions),
  };
}
