/**
 * The one function every HR figure comes from: the dashboard, its CSV and PDF, the JSON API and the
 * platform's view all call it, so they can never disagree. It reads rollup rows (never the raw
 * tables) and publishes them through lib/reports/disclosure.
 */
import { AppError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { sqlRows } from "@/lib/db/sql";
import { TOPIC_SLUGS, directionOfTopic } from "@/lib/catalogue/vocabulary";
import { publishFigures, type PeriodRecords, type PublishedFigures } from "./disclosure";
import { scopeKey, type FactVersions, type PeriodFacts, type Scope } from "./facts";
import { offeredPeriods, openingPeriodKey, ZPeriodKey, type PeriodKind } from "./periods";
import { rollUp } from "./rollup";
import { scopeProfile, type ScopeProfile, type YearKind } from "./scope-profile";

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

export interface ReportPeriods {
  name: string | null;
  minGroup: number;
  timeZone: string;
  yearKind: YearKind;
  periods: OfferedPeriod[];
}

interface RollupRow {
  period_key: string;
  facts: PeriodFacts;
  versions: FactVersions;
  computed_at: Date;
}

async function profileOf(scope: Scope): Promise<ScopeProfile> {
  const profile = await scopeProfile(scope);
  if (!profile) throw new AppError("not_found", "errors.tenant.notFound");
  return profile;
}

function periodsOf(profile: ScopeProfile, now: Date): ReportPeriods {
  const periods = offeredPeriods(now, profile.since, profile.timeZone, profile.yearStart).map((period) => ({
    key: period.key,
    kind: period.kind,
    start: period.start.toISOString(),
    end: period.end.toISOString(),
  }));
  return { name: profile.name, minGroup: profile.minGroup, timeZone: profile.timeZone, yearKind: profile.yearKind, periods };
}

export async function listReportPeriods(scope: Scope, now = new Date()): Promise<ReportPeriods> {
  return periodsOf(await profileOf(scope), now);
}

async function readRollups(scope: Scope, keys: string[]): Promise<Map<string, RollupRow>> {
  const rows = await sqlRows<RollupRow>(Prisma.sql`
    SELECT period_key, facts, versions, computed_at FROM report_rollups WHERE scope = ${scopeKey(scope)} AND period_key = ANY(${keys}::text[])`);
  return new Map(rows.map((row) => [row.period_key, row]));
}

async function publish(scope: Scope, profile: ScopeProfile, key: string, now: Date): Promise<PlatformReport> {
  const period = offeredPeriods(now, profile.since, profile.timeZone, profile.yearStart).find((offered) => offered.key === key);
  if (!period) throw new AppError("not_found", "errors.reports.periodNotOffered", { params: { period: key } });
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
  const topics = TOPIC_SLUGS.filter((topic) => profile.directions.includes(directionOfTopic(topic)));
  const published = publishFigures(records(own)!, {
    scope: scopeKey(scope),
    periodKey: key,
    minGroup: profile.minGroup,
    rows: { direction: profile.directions, format: profile.formats, topic: [...topics, "untagged"] },
    trend: period.trendMonths.map((month) => ({ key: month, records: records(rollups.get(month)) })),
  });
  return { period: key, kind: period.kind, minGroup: profile.minGroup, asOf: own.computed_at.toISOString(), ...published };
}

function employerView({ period, kind, minGroup, asOf, figures, breakdowns }: PlatformReport): UtilisationReport {
  return { period, kind, minGroup, asOf, figures, breakdowns };
}

/** The published figures of one scope and period, with the platform's service levels. */
export async function readPlatformReport(scope: Scope, periodKey: string, now = new Date()): Promise<PlatformReport> {
  const key = ZPeriodKey.parse(periodKey);
  const profile = await profileOf(scope);
  return publish(scope, profile, key, now);
}

/** What an employer sees: the same figures without the platform's service levels. */
export async function readUtilisationReport(scope: Scope, periodKey: string, now = new Date()): Promise<UtilisationReport> {
  return employerView(await readPlatformReport(scope, periodKey, now));
}

export interface Dashboard {
  about: ReportPeriods;
  report: PlatformReport;
  /** The request named a period that is not offered (or none that parses), so the opening period is shown. */
  fellBack: boolean;
}

export interface DashboardOptions {
  /** Show the opening period (see openingPeriodKey) when the requested one is not offered (pages); otherwise refuse (downloads). */
  fallBack?: boolean;
  now?: Date;
}

/** A dashboard's data, read once: the periods offered and the requested one's figures. */
export async function readDashboard(scope: Scope, requested: string | null | undefined, options: DashboardOptions = {}): Promise<Dashboard> {
  const { fallBack = true, now = new Date() } = options;
  const profile = await profileOf(scope);
  const about = periodsOf(profile, now);
  const offeredKeys = about.periods.map((period) => period.key);
  const offered = offeredKeys.includes(requested ?? "");
  const opening = openingPeriodKey(now, profile.timeZone, offeredKeys);
  const key = offered ? requested! : fallBack ? opening : ZPeriodKey.parse(requested ?? "");
  return { about, report: await publish(scope, profile, key, now), fellBack: Boolean(requested) && !offered };
}

/** The employer's view of a dashboard (HR, the tenant admin, downloads). */
export async function readEmployerDashboard(scope: Scope, requested: string | null | undefined, options: DashboardOptions = {}) {
  const { about, report, fellBack } = await readDashboard(scope, requested, options);
  return { about, report: employerView(report), fellBack };
}
