/**
 * Disclosure control: the only code that turns true aggregates (lib/reports/facts) into figures
 * anyone may see. Two rules, applied to every figure:
 *
 * 1. Threshold. A figure is published only when it stands for at least K distinct employees, and a
 *    part of a group only when at least K of the group are outside it too — otherwise "consulted"
 *    equal to "registered", or every session in one topic, would say something about each of them.
 * 2. Perturbation. Every published count carries cell-key noise (lib/reports/noise); averages,
 *    medians and shares are made from noisy parts or carry noise scaled to what one person could
 *    move them by. Nothing published is exact, so no sum or difference of published figures gives a
 *    withheld one exactly, in any combination of periods, dimensions or snapshots.
 *
 * Every row a breakdown can have is always listed (null when withheld), so a row's presence says
 * nothing either. Free text, rows, dates of single sessions and psychologists' figures never get here.
 */
import type { CellFacts, Dimension, FactVersions, PeriodFacts } from "./facts";
import { cellNoise } from "./noise";

export const FIGURE_NAMES = [
  "employeesCovered",
  "employeesRegistered",
  "employeesConsulted",
  "utilisationPercent",
  "consultations",
  "consultationsPerConsultingEmployee",
  "returningPercent",
  "averageRating",
  "npsScore",
  "npsRespondents",
  "npsPromotersPercent",
  "npsPassivesPercent",
  "npsDetractorsPercent",
  "lateCancellations",
  "noShows",
  "medianDaysToFirstConsultation",
  "medianDaysBookingToSession",
] as const;
export type FigureName = (typeof FIGURE_NAMES)[number];

/** Service levels only the platform sees: they are about psychologists, not the employer's staff. */
export const SERVICE_FIGURE_NAMES = ["medianDaysToFirstConsultation", "sessionsStartedOnTimePercent", "medianReplyMinutes"] as const;
export type ServiceFigureName = (typeof SERVICE_FIGURE_NAMES)[number];

export type BreakdownName = Dimension | "trend";
export interface BreakdownRow {
  key: string;
  value: number | null;
}

export interface PublishedFigures {
  figures: Record<FigureName, number | null>;
  breakdowns: Record<BreakdownName, BreakdownRow[]>;
  service: Record<ServiceFigureName, number | null>;
}

export interface PeriodRecords {
  facts: PeriodFacts;
  versions: FactVersions;
}

export interface PublishContext {
  /** Tenant id or "all": part of every cell's name, so two tenants' identical records get different noise. */
  scope: string;
  periodKey: string;
  minGroup: number;
  /** Every row each breakdown lists, fixed by the contract, never by the data. */
  rows: Record<Dimension, readonly string[]>;
  /** The months of the trend with their own records (a month's figure is the same cell wherever it is shown). */
  trend: { key: string; records: PeriodRecords | null }[];
}

const RATING_RANGE = 4; // 1…5 stars
const NPS_RANGE = 200; // each answer counts −100, 0 or +100

export function publishFigures({ facts, versions }: PeriodRecords, context: PublishContext): PublishedFigures {
  const k = context.minGroup;
  const name = (cell: string, periodKey = context.periodKey) => `${context.scope}|${periodKey}|${cell}`;
  const noisy = (cell: string, version: string, value: number) => Math.max(0, value + cellNoise(name(cell), version));
  // A count published when it stands for k employees and, as a part of a group of `of`, leaves k outside.
  const count = (cell: string, version: string, value: number, employees: number, of?: number) =>
    employees >= k && (of === undefined || of - employees >= k) ? noisy(cell, version, value) : null;
  const ratio = (numerator: number | null, denominator: number | null, scale = 1, decimals = 1) =>
    numerator === null || !denominator ? null : round((numerator / denominator) * scale, decimals);
  const shifted = (cell: string, value: number | null, employees: number, step: number, decimals: number, min: number, max: number) =>
    value === null || employees < k ? null : round(clamp(value + cellNoise(name(cell), versions.activity) * step, min, max), decimals);

  const covered = count("covered", versions.registry, facts.covered, facts.covered);
  const registered = count("registered", versions.accounts, facts.registered, facts.registered, facts.covered);
  const consulted = count("consulted", versions.activity, facts.consulted, facts.consulted, facts.registered);
  const consultations = publishedConsultations({ facts, versions }, context.scope, context.periodKey, k);
  const returning = count("returning", versions.activity, facts.returning, facts.returning, facts.consulted);
  const respondents = count("npsRespondents", versions.activity, facts.nps.respondents, facts.nps.respondents);
  const npsShare = (part: "promoters" | "passives" | "detractors") =>
    ratio(count(`nps.${part}`, versions.activity, facts.nps[part], facts.nps[part], facts.nps.respondents), respondents, 100, 0);
  const { rating, nps } = facts;
  const npsMean = nps.respondents ? (100 * (nps.promoters - nps.detractors)) / nps.respondents : null;

  const daysToFirst = shifted("daysToFirst", facts.daysToFirstSession.median, facts.daysToFirstSession.employees, 1, 0, 0, Infinity);

  const breakdown = (dimension: Dimension): BreakdownRow[] => {
    const byKey = new Map<string, CellFacts>(facts.cells[dimension].map((cell) => [cell.key, cell]));
    return context.rows[dimension].map((key) => {
      const cell = byKey.get(key);
      const value = consulted === null || !cell ? null : count(`${dimension}.${key}`, versions.activity, cell.sessions, cell.employees, facts.consulted);
      return { key, value };
    });
  };

  return {
    figures: {
      employeesCovered: covered,
      employeesRegistered: registered,
      employeesConsulted: consulted,
      utilisationPercent: ratio(consulted, covered, 100),
      consultations,
      consultationsPerConsultingEmployee: ratio(consultations, consulted),
      returningPercent: consulted === null ? null : ratio(returning, consulted, 100),
      averageRating: shifted(
        "averageRating",
        rating.count ? rating.sum / rating.count : null,
        rating.employees,
        RATING_RANGE / Math.max(rating.employees, 1),
        1,
        1,
        5,
      ),
      npsScore: shifted("npsScore", npsMean, nps.respondents, NPS_RANGE / Math.max(nps.respondents, 1), 0, -100, 100),
      npsRespondents: respondents,
      npsPromotersPercent: npsShare("promoters"),
      npsPassivesPercent: npsShare("passives"),
      npsDetractorsPercent: npsShare("detractors"),
      lateCancellations: count("lateCancellations", versions.activity, facts.lateCancellations.count, facts.lateCancellations.employees),
      noShows: count("noShows", versions.activity, facts.noShows.count, facts.noShows.employees),
      medianDaysToFirstConsultation: daysToFirst,
      medianDaysBookingToSession: shifted("daysBooking", facts.daysBookingToSession.median, facts.daysBookingToSession.employees, 1, 0, 0, Infinity),
    },
    breakdowns: {
      direction: breakdown("direction"),
      format: breakdown("format"),
      topic: breakdown("topic"),
      trend: context.trend.map(({ key, records }) => ({ key, value: records ? publishedConsultations(records, context.scope, key, k) : null })),
    },
    service: {
      medianDaysToFirstConsultation: daysToFirst,
      sessionsStartedOnTimePercent: ratio(
        count("service.onTime", versions.activity, facts.service.startedOnTime, facts.service.callEmployees),
        count("service.joinedCalls", versions.activity, facts.service.joinedCalls, facts.service.callEmployees),
        100,
      ),
      medianReplyMinutes: shifted("service.reply", facts.service.replyMinutes.median, facts.service.replyMinutes.employees, 5, 0, 0, Infinity),
    },
  };
}

/**
 * A month's consultations exactly as that month's own report publishes them (same cell names, same
 * version, same rules), for the trend of a quarter or year.
 */
function publishedConsultations({ facts, versions }: PeriodRecords, scope: string, periodKey: string, k: number): number | null {
  const consultedShown = facts.consulted >= k && facts.registered - facts.consulted >= k;
  if (!consultedShown) return null;
  return Math.max(0, facts.consultations + cellNoise(`${scope}|${periodKey}|consultations`, versions.activity));
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

function round(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}
