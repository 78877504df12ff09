/**
 * The one function every HR figure comes from: the dashboard, its CSV and PDF, the JSON API and the
 * platform's view all call it, so they can never disagree. It reads released months (never the raw
 * tables) and publishes them through lib/reports/disclosure. A period is offered once every month
 * of it is released, so each period's figures are fixed from the day they first appear.
 */
import { DateTime } from "luxon";
import { AppError } from "@/lib/errors";
import { TOPIC_SLUGS, directionOfTopic } from "@/lib/catalogue/vocabulary";
import { publishFigures, type PublishedFigures } from "./disclosure";
import { type Scope } from "./month-facts";
import { contractYearStartOf, dueMonthKeys, monthsOfPeriod, offeredPeriods, releaseDay, ZPeriodKey, type Period, type PeriodKind } from "./periods";
import { readReleasedMonths, releaseDueMonths, type ReleasedMonth } from "./release";
import { scopeProfile, type ScopeProfile, type YearKind } from "./scope-profile";

export interface UtilisationReport extends Omit<PublishedFigures, "service"> {
  period: string;
  kind: PeriodKind;
  minGroup: number;
  /** The day the newest month behind these figures was released (a date, never a time). */
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
  /** The next month to be released and the day it will be (a local date). */
  upcoming: { month: string; on: string };
}

async function profileOf(scope: Scope): Promise<ScopeProfile> {
  const profile = await scopeProfile(scope);
  if (!profile) throw new AppError("not_found", "errors.tenant.notFound");
  return profile;
}

/** What the scope has released; months whose day has come are released here if the worker has not yet. */
async function releasedOf(scope: Scope, profile: ScopeProfile, now: Date): Promise<ReleasedMonth[]> {
  let released = await readReleasedMonths(scope);
  const due = dueMonthKeys(now, profile.since, profile.timeZone);
  const have = new Set(released.map((month) => month.month));
  if (due.some((month) => !have.has(month))) {
    await releaseDueMonths(scope, now);
    released = await readReleasedMonths(scope);
  }
  return released;
}

interface Catalogue {
  about: ReportPeriods;
  offered: Map<string, Period>;
  released: ReleasedMonth[];
}

async function catalogueOf(scope: Scope, profile: ScopeProfile, now: Date): Promise<Catalogue> {
  const released = await releasedOf(scope, profile, now);
  const have = new Set(released.map((month) => month.month));
  const offered = new Map<string, Period>();
  for (const period of offeredPeriods(now, profile.since, profile.timeZone, profile.yearStart)) {
    const months = monthsOfPeriod(period, profile.since, profile.timeZone);
    if (months.length && months.every((month) => have.has(month))) offered.set(period.key, period);
  }
  const local = DateTime.fromJSDate(now, { zone: profile.timeZone });
  const latest = released.at(-1)?.month;
  const next = latest ? DateTime.fromFormat(latest, "yyyy-LL", { zone: profile.timeZone }).plus({ months: 1 }) : local.startOf("month");
  const upcomingMonth = DateTime.max(next, DateTime.fromJSDate(profile.since, { zone: profile.timeZone }).startOf("month")).toFormat("yyyy-LL");
  const about: ReportPeriods = {
    name: profile.name,
    minGroup: profile.minGroup,
    timeZone: profile.timeZone,
    yearKind: profile.yearKind,
    periods: [...offered.values()].map((period) => ({ key: period.key, kind: period.kind, start: period.start.toISOString(), end: period.end.toISOString() })),
    upcoming: { month: upcomingMonth, on: releaseDay(upcomingMonth, profile.timeZone).toISODate()! },
  };
  return { about, offered, released };
}

export async function listReportPeriods(scope: Scope, now = new Date()): Promise<ReportPeriods> {
  const profile = await profileOf(scope);
  return (await catalogueOf(scope, profile, now)).about;
}

function publish(profile: ScopeProfile, { offered, released, about }: Catalogue, key: string): PlatformReport {
  const period = offered.get(key);
  if (!period) {
    throw new AppError("not_found", "errors.reports.periodNotPublished", { params: { period: key, month: about.upcoming.month, on: about.upcoming.on } });
  }
  return publishPeriod(profile, period, released);
}

/** One offered period's figures from released months (every month of the period must be among them). */
export function publishPeriod(profile: ScopeProfile, period: Period, released: readonly ReleasedMonth[]): PlatformReport {
  const months = monthsOfPeriod(period, profile.since, profile.timeZone);
  const last = months.at(-1)!;
  const yearStart = contractYearStartOf(DateTime.fromFormat(last, "yyyy-LL", { zone: profile.timeZone }), profile.yearStart).toFormat("yyyy-LL");
  const byKey = new Map(released.map((month) => [month.month, month]));
  const topics = TOPIC_SLUGS.filter((topic) => profile.directions.includes(directionOfTopic(topic)));
  const published = publishFigures(released, {
    minGroup: profile.minGroup,
    directions: profile.directions,
    formats: profile.formats,
    topics: [...topics, "untagged"],
    months,
    yearToDate: released.map((month) => month.month).filter((month) => month >= yearStart && month <= last),
    trend: period.trendMonths.filter((month) => byKey.has(month)),
  });
  const asOf = months
    .map((month) => byKey.get(month)!.releasedOn)
    .sort()
    .at(-1)!;
  return { period: period.key, kind: period.kind, minGroup: profile.minGroup, asOf, ...published };
}

function employerView({ period, kind, minGroup, asOf, figures, breakdowns }: PlatformReport): UtilisationReport {
  return { period, kind, minGroup, asOf, figures, breakdowns };
}

/** The published figures of one scope and period, with the platform's service levels. */
export async function readPlatformReport(scope: Scope, periodKey: string, now = new Date()): Promise<PlatformReport> {
  const key = ZPeriodKey.parse(periodKey);
  const profile = await profileOf(scope);
  return publish(profile, await catalogueOf(scope, profile, now), key);
}

/** What an employer sees: the same figures without the platform's service levels. */
export async function readUtilisationReport(scope: Scope, periodKey: string, now = new Date()): Promise<UtilisationReport> {
  return employerView(await readPlatformReport(scope, periodKey, now));
}

export interface Dashboard {
  about: ReportPeriods;
  /** Null until the scope's first month is released. */
  report: PlatformReport | null;
  /** The request named a period that is not offered (or none that parses), so the opening period is shown. */
  fellBack: boolean;
}

export interface DashboardOptions {
  /** Show the opening period when the requested one is not offered (pages); otherwise refuse (downloads). */
  fallBack?: boolean;
  now?: Date;
}

/** The period a dashboard opens on: the newest offered quarter, else the newest offered month. */
export function openingPeriodKey(periods: readonly OfferedPeriod[]): string | null {
  return (periods.find((period) => period.kind === "quarter") ?? periods.find((period) => period.kind === "month"))?.key ?? null;
}

/** A dashboard's data, read once: the periods offered and the requested one's figures. */
export async function readDashboard(scope: Scope, requested: string | null | undefined, options: DashboardOptions = {}): Promise<Dashboard> {
  const { fallBack = true, now = new Date() } = options;
  const profile = await profileOf(scope);
  const catalogue = await catalogueOf(scope, profile, now);
  const offered = catalogue.offered.has(requested ?? "");
  const opening = openingPeriodKey(catalogue.about.periods);
  const key = offered ? requested! : fallBack ? opening : ZPeriodKey.parse(requested ?? "");
  return {
    about: catalogue.about,
    report: key === null ? null : publish(profile, catalogue, key),
    fellBack: Boolean(requested) && !offered,
  };
}

/** The employer's view of a dashboard (HR, the tenant admin, downloads). */
export async function readEmployerDashboard(scope: Scope, requested: string | null | undefined, options: DashboardOptions = {}) {
  const { about, report, fellBack } = await readDashboard(scope, requested, options);
  return { about, report: report && employerView(report), fellBack };
}

/** The newest released month's figures (what /manage shows beside the registry), or null before the first release. */
export async function readNewestMonthReport(scope: Scope, now = new Date()): Promise<UtilisationReport | null> {
  const profile = await profileOf(scope);
  const catalogue = await catalogueOf(scope, profile, now);
  const newest = catalogue.about.periods.find((period) => period.kind === "month");
  return newest ? employerView(publish(profile, catalogue, newest.key)) : null;
}

/** A download names its period: the employer's view of exactly that one, or not_found when it is not published. */
export async function readEmployerDownload(
  scope: Scope,
  requested: string | null,
  now = new Date(),
): Promise<{ about: ReportPeriods; report: UtilisationReport }> {
  const key = ZPeriodKey.parse(requested ?? "");
  const profile = await profileOf(scope);
  const catalogue = await catalogueOf(scope, profile, now);
  return { about: catalogue.about, report: employerView(publish(profile, catalogue, key)) };
}
