/**
 * Publication: every figure HR can see is a sum (or a ratio of sums) of released cells
 * (lib/reports/release), which carry noise calibrated to the privacy budget (lib/reports/privacy-budget).
 * Sums and ratios of released cells cost no privacy (post-processing), so any combination of
 * periods, dimensions and requests stays within the stated ε.
 *
 * What is shown is decided on released (noisy) values only, never on a true count, and only on
 * counts of people the employer cannot manufacture: a period's figures are shown when at least K
 * employees have had a session held by a psychologist in its contract year so far; a breakdown row,
 * trend month, rating or NPS share when its own count reaches K. Registrations, late cancellations
 * and no-shows — which an account can make alone — are shown with the period, never decide it.
 * "Reaches K" is judged with the noise allowed for: a count counts as K people only when, less twice
 * the standard deviation of its noise, it is still at least K (so the truth is at least K about 49
 * times in 50), and a row with nobody in it almost never shows noise as if it were people. Free text, rows, dates of single
 * sessions and psychologists' figures never get here.
 */
import type { Dimension } from "./month-facts";
import { noiseSd } from "./noise";
import { RELEASE_TABLES, type ReleaseTable } from "./privacy-budget";
import type { ReleasedCells, ReleasedMonth } from "./release";

export const FIGURE_NAMES = [
  "employeesCovered",
  "employeesRegistered",
  "employeesConsulted",
  "utilisationPercent",
  "consultations",
  "returningPercent",
  "lateCancellations",
  "noShows",
  "highRatingsPercent",
  "npsScore",
  "npsRespondents",
  "npsPromotersPercent",
  "npsPassivesPercent",
  "npsDetractorsPercent",
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

export interface PublishContext {
  minGroup: number;
  directions: readonly string[];
  formats: readonly string[];
  /** Topics listed in the topic breakdown (the contract's, then "untagged"). */
  topics: readonly string[];
  /** The period's own months. */
  months: readonly string[];
  /** The months of its contract year up to its last month: "so far this contract year" figures. */
  yearToDate: readonly string[];
  /** The months its trend shows. */
  trend: readonly string[];
}

/** A sum of released cells, with how many cells of which table it adds up. */
interface Sum {
  value: number;
  table: ReleaseTable;
  cells: number;
}

/**
 * The figures of one period from released months (every month the context names must be in
 * `released`; registered counts every released month up to the period's last).
 */
export function publishFigures(released: readonly ReleasedMonth[], context: PublishContext): PublishedFigures {
  const k = context.minGroup;
  const byMonth = new Map(released.map((month) => [month.month, month.cells]));
  const last = context.months[context.months.length - 1]!;
  const cellsOf = (months: readonly string[]): ReleasedCells[] => months.map((month) => byMonth.get(month)!);
  const own = cellsOf(context.months);
  const ytd = cellsOf(context.yearToDate);

  const add = (months: ReleasedCells[], table: ReleaseTable, match: (name: string) => boolean): Sum => {
    let value = 0;
    let cells = 0;
    for (const month of months) {
      for (const [name, v] of Object.entries(month)) {
        if (!match(name)) continue;
        value += v;
        cells += 1;
      }
    }
    return { value, table, cells };
  };
  const cell = (months: ReleasedCells[], table: ReleaseTable, name: string) => add(months, table, (n) => n === name);
  // A released cell may be negative (the noise is symmetric, so sums stay unbiased); a figure never is.
  const shown = (sum: Sum) => Math.max(0, sum.value);
  // People the employer cannot manufacture, clear of the noise of the cells they are added from.
  const clear = (sum: Sum) => sum.value - 2 * noiseSd(RELEASE_TABLES[sum.table].scale, sum.cells) >= k;
  const ratio = (numerator: number, denominator: number, scale = 100, decimals = 1) => round((numerator / denominator) * scale, decimals);

  const consultedSoFar = cell(ytd, "consulted", "consulted");
  const open = clear(consultedSoFar);
  const gated = (sum: Sum) => (open ? shown(sum) : null);
  const counted = (sum: Sum) => (open && clear(sum) ? shown(sum) : null);

  const covered = byMonth.get(last)!.covered ?? 0;
  const consulted = open ? shown(consultedSoFar) : null;
  const returning = cell(ytd, "returning", "returning");
  const rated = add(own, "rating", (name) => name.startsWith("rating."));
  const high = shown(cell(own, "rating", "rating.high"));
  const answers = add(own, "nps", (name) => name.startsWith("nps."));
  const npsShown = open && clear(answers);
  const band = (name: string) => shown(cell(own, "nps", `nps.${name}`));
  const bands = { promoter: band("promoter"), passive: band("passive"), detractor: band("detractor") };
  const respondents = bands.promoter + bands.passive + bands.detractor;
  const npsShare = (name: keyof typeof bands) => (npsShown && respondents ? ratio(bands[name], respondents, 100, 0) : null);

  const topicOf = (name: string) => name.split(".")[2];
  return {
    figures: {
      employeesCovered: covered,
      employeesRegistered: gated(
        cell(
          released.filter((month) => month.month <= last).map((month) => month.cells),
          "registered",
          "registered",
        ),
      ),
      employeesConsulted: consulted,
      utilisationPercent: consulted === null || !covered ? null : ratio(consulted, covered),
      consultations: counted(cell(own, "consultations", "consultations")),
      // A share of noisy parts is shown only when its part is clear of its noise too (else "0 %" would be noise).
      returningPercent: consulted && clear(returning) ? ratio(Math.min(shown(returning), consulted), consulted) : null,
      lateCancellations: gated(cell(own, "missed", "missed.lateCancellation")),
      noShows: gated(cell(own, "missed", "missed.noShow")),
      highRatingsPercent: open && clear(rated) && rated.value > 0 ? ratio(Math.min(high, rated.value), rated.value, 100, 0) : null,
      npsScore: npsShown && respondents ? Math.round(clamp((100 * (bands.promoter - bands.detractor)) / respondents, -100, 100)) : null,
      npsRespondents: npsShown ? respondents : null,
      npsPromotersPercent: npsShare("promoter"),
      npsPassivesPercent: npsShare("passive"),
      npsDetractorsPercent: npsShare("detractor"),
    },
    breakdowns: {
      direction: context.directions.map((direction) => ({ key: direction, value: counted(cell(own, "direction", `direction.${direction}`)) })),
      format: context.formats.map((format) => ({ key: format, value: counted(cell(own, "format", `format.${format}`)) })),
      topic: context.topics.map((topic) => ({ key: topic, value: counted(add(own, "topic", (n) => n.startsWith("topic.") && topicOf(n) === topic)) })),
      trend: context.trend.map((month) => ({ key: month, value: counted(cell(cellsOf([month]), "consultations", "consultations")) })),
    },
    service: serviceLevels(own, open, k),
  };
}

function serviceLevels(own: ReleasedCells[], open: boolean, k: number): PublishedFigures["service"] {
  const total = (name: string) => own.reduce((sum, month) => sum + (month[name] ?? 0), 0);
  // Monthly medians cannot be added up: a longer period shows the middle one of its months.
  const median = (name: string) => {
    const values = own
      .map((month) => month[name])
      .filter((v): v is number => v !== undefined)
      .sort((a, b) => a - b);
    return open && values.length ? values[Math.floor((values.length - 1) / 2)]! : null;
  };
  const joined = total("service.joinedCalls");
  return {
    medianDaysToFirstConsultation: median("service.medianDaysToFirstSession"),
    sessionsStartedOnTimePercent: open && joined >= k ? round((100 * clamp(total("service.startedOnTime"), 0, joined)) / joined, 1) : null,
    medianReplyMinutes: median("service.medianReplyMinutes"),
  };
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

function round(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}
