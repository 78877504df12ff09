/** A report's words in the reader's language, for the dashboard and its CSV and PDF alike. */
import { getTranslations } from "next-intl/server";
import type { BreakdownName, FigureName } from "@/lib/reports/disclosure";
import type { ReportLabels } from "@/lib/reports/report-labels";
import { EPSILON_PER_YEAR, RELEASE_TABLES } from "@/lib/reports/privacy-budget";
import { withinProbability } from "@/lib/reports/noise";
import type { YearKind } from "@/lib/reports/scope-profile";
import { requestFormats } from "./server-formats";
import { termLabeller } from "./term-label";

const PERCENT_FIGURES = new Set<FigureName>([
  "utilisationPercent",
  "returningPercent",
  "highRatingsPercent",
  "npsPromotersPercent",
  "npsPassivesPercent",
  "npsDetractorsPercent",
]);

/** How far a month's count of people usually (four times in five) lands from the truth: said in the dashboard's sentence. */
const TYPICAL_NOISE = (() => {
  let t = 0;
  while (withinProbability(RELEASE_TABLES.consulted.scale, t) < 0.8) t += 1;
  return t;
})();

export type ReportTranslator = Awaited<ReturnType<typeof getTranslations<"reports">>>;

export async function reportLabels(input: {
  name: string | null;
  yearKind: YearKind;
  period: string;
  asOf: string;
  minGroup: number;
  timeZone: string;
}): Promise<ReportLabels> {
  const [t, tv, f] = await Promise.all([getTranslations("reports"), getTranslations("vocabulary"), requestFormats(input.timeZone)]);
  const term = termLabeller(tv);
  const periodName = periodNamer(t, f.month, input.yearKind);
  const days = (value: number) => t("days", { count: value });
  const percent = (value: number) => `${f.decimal(value, Number.isInteger(value) ? 0 : 1)} %`;
  return {
    title: input.name ? t("title", { tenant: input.name, period: periodName(input.period) }) : periodName(input.period),
    asOf: t("asOf", { date: f.longDate(input.asOf) }),
    tradeOff: t("tradeOff", {
      min: input.minGroup,
      typical: TYPICAL_NOISE,
      factor: f.number(Math.round(Math.exp(EPSILON_PER_YEAR))),
      epsilon: f.decimal(EPSILON_PER_YEAR, 2),
    }),
    withheld: t("withheld", { min: input.minGroup }),
    figuresTitle: t("figuresTitle"),
    figure: (name) => t(`figure.${name}`),
    value: (name, value) => (PERCENT_FIGURES.has(name) ? percent(value) : f.number(value)),
    breakdownTitle: (name: BreakdownName) => t(`breakdown.${name}`),
    service: (name) => t(`service.${name}`),
    serviceValue: (name, value) =>
      name === "sessionsStartedOnTimePercent" ? percent(value) : name === "medianReplyMinutes" ? t("minutes", { count: value }) : days(value),
    row: (breakdown, key) => (breakdown === "trend" ? f.month(key) : key === "untagged" ? t("untagged") : term(breakdown, key)),
  };
}

/** "2026-Q3", "2026-09" or "2026", as the reader's language names it; a year as its scope counts years. */
export function periodNamer(t: ReportTranslator, month: (key: string) => string, yearKind: YearKind) {
  return (key: string) =>
    key.includes("-Q")
      ? t("quarter", { quarter: Number(key.slice(6)), year: key.slice(0, 4) })
      : key.length === 7
        ? month(key)
        : t(yearKind === "calendar" ? "calendarYear" : "contractYear", { year: key });
}
