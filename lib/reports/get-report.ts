/**
 * The one function every HR figure comes from: the dashboard, its CSV and PDF, the JSON API and the
 * platform's view all call it, so they can never disagree. It reads rollup rows (never the raw
 * tables) and publishes them through lib/reports/disclosure.
 */
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { sqlRows } from "@/lib/db/sql";
import { DIRECTIONS, FORMATS, TOPIC_SLUGS, directionOfTopic } from "@/lib/catalogue/vocabulary";
import { publishFigures, type PeriodRecords, type PublishedFigures } from "./disclosure";
import { scopeKey, type Dimension, type FactVersions, type PeriodFacts, type Scope } from "./facts";
import { effectiveMinGroup, PLATFORM_MIN_GROUP } from "./min-group";
import { offeredPeriodKeys, parsePeriod, periodKind, ZPeriodKey, type PeriodKind } from "./periods";
import { rollUp, scopeCalendar } from "./rollup";

export interface UtilisationReport extends Omit<PublishedFigures, "service"> {
  period: string;
  kind: PeriodKind;
  minGroup: number;
  /** When the figures' rollup was computed. */
  asOf: string;
}

export interface PlatformReport extends UtilisationReport {
  service: PublishedFigures["service"];
}

export interface OfferedPeriod {
  key: string;
  kind: PeriodKind;
  start: string;
  end: string;
}

interface ScopeSettings {
  scope: Scope;
  name: string | null;
  minGroup: number;
  timeZone: string;
  rows: Record<Dimension, readonly string[]>;
  offered: OfferedPeriod[];
}

async function scopeSettings(scope: Scope, now: Date): Promise<ScopeSettings> {
  const calendar = await scopeCalendar(scope);
  if (!calendar) throw new AppError("not_found", "errors.tenant.notFound");
  let name: string | null = null;
  let minGroup = PLATFORM_MIN_GROUP;
  let directions: readonly string[] = DIRECTIONS;
  let formats: readonly string[] = FORMATS;
  if ("tenantId" in scope) {
    const tenant = await db().tenant.findUnique({
      where: { id: scope.tenantId },
      select: { name: true, contract: { select: { reportMinGroupSize: true, directions: true, formats: true } } },
    });
    name = tenant?.name ?? null;
    minGroup = effectiveMinGroup(tenant?.contract?.reportMinGroupSize);
    if (tenant?.contract?.directions.length) directions = tenant.contract.directions;
    if (tenant?.contract?.formats.length) formats = tenant.contract.formats;
  }
  const topics = TOPIC_SLUGS.filter((topic) => directions.includes(directionOfTopic(topic)));
  const offered = offeredPeriodKeys(now, calendar.since, calendar.timeZone, calendar.yearStart).map((key) => {
    const period = parsePeriod(key, calendar.timeZone, calendar.yearStart);
    return { key, kind: period.kind, start: period.start.toISOString(), end: period.end.toISOString() };
  });
  return { scope, name, minGroup, timeZone: calendar.timeZone, rows: { direction: directions, format: formats, topic: [...topics, "untagged"] }, offered };
}

export interface ReportPeriods {
  name: string | null;
  minGroup: number;
  timeZone: string;
  periods: OfferedPeriod[];
}

export async function listReportPeriods(scope: Scope, now = new Date()): Promise<ReportPeriods> {
  const settings = await scopeSettings(scope, now);
  return { name: settings.name, minGroup: settings.minGroup, timeZone: settings.timeZone, periods: settings.offered };
}

interface RollupRow {
  period_key: string;
  facts: PeriodFacts;
  versions: FactVersions;
  computed_at: Date;
}

async function readRollups(scope: Scope, keys: string[]): Promise<Map<string, RollupRow>> {
  const rows = await sqlRows<RollupRow>(Prisma.sql`
    SELECT period_key, facts, versions, computed_at FROM report_rollups WHERE scope = ${scopeKey(scope)} AND period_key = ANY(${keys}::text[])`);
  return new Map(rows.map((row) => [row.period_key, row]));
}

/** The published figures of one scope and period, with the platform's service levels. */
export async function readPlatformReport(scope: Scope, periodKey: string, now = new Date()): Promise<PlatformReport> {
  const key = ZPeriodKey.parse(periodKey);
  const settings = await scopeSettings(scope, now);
  if (!settings.offered.some((period) => period.key === key)) {
    throw new AppError("not_found", "errors.reports.periodNotOffered", { params: { period: key } });
  }
  const calendar = (await scopeCalendar(scope))!;
  const period = parsePeriod(key, calendar.timeZone, calendar.yearStart);
  const keys = [key, ...period.trendMonths];
  let rollups = await readRollups(scope, keys);
  // A scope never rolled up yet (a tenant created a moment ago) is rolled up once, here.
  if (!rollups.has(key)) {
    await rollUp(scope, now);
    rollups = await readRollups(scope, keys);
  }
  const own = rollups.get(key);
  if (!own) throw new AppError("not_found", "errors.reports.periodNotOffered", { params: { period: key } });
  const records = (row: RollupRow | undefined): PeriodRecords | null => (row ? { facts: row.facts, versions: row.versions } : null);
  const published = publishFigures(records(own)!, {
    scope: scopeKey(scope),
    periodKey: key,
    minGroup: settings.minGroup,
    rows: settings.rows,
    trend: period.trendMonths.map((month) => ({ key: month, records: records(rollups.get(month)) })),
  });
  return {
    period: key,
    kind: periodKind(key),
    minGroup: settings.minGroup,
    asOf: own.computed_at.toISOString(),
    figures: published.figures,
    breakdowns: published.breakdowns,
    service: published.service,
  };
}

/** What an employer sees: the same figures without the platform's service levels. */
export async function readUtilisationReport(scope: Scope, periodKey: string, now = new Date()): Promise<UtilisationReport> {
  const { period, kind, minGroup, asOf, figures, breakdowns } = await readPlatformReport(scope, periodKey, now);
  return { period, kind, minGroup, asOf, figures, breakdowns };
}
