/**
 * The attacker's solver: from everything the report API returns for one tenant, an integer program
 * over the true monthly cells the figures are made of — each published figure within a wide bound of
 * the sum of its cells (the noise is unbounded; the bound is one it exceeds about once in 10,000),
 * and at least K where publication says so — and, for every withheld figure, the smallest and largest
 * value its cells can add up to (HiGHS, exact integer MIP). A withheld figure the program pins to one
 * value is disclosed.
 */
import highsLoader from "highs";
import type { UtilisationReport } from "@/lib/reports/get-report";
import { RELEASE_TABLES, type ReleaseTable } from "@/lib/reports/privacy-budget";

type Highs = Awaited<ReturnType<typeof highsLoader>>;
let solver: Promise<Highs> | undefined;

export interface Model {
  variables: Set<string>;
  constraints: string[];
  /** Withheld figures: the cells each adds up. */
  withheld: Map<string, string[]>;
}

/** What a period is made of, as the report's reader knows from the calendar alone. */
export interface PeriodShape {
  months: string[];
  yearToDate: string[];
  directions: string[];
  formats: string[];
  topics: string[];
}

const variable = (month: string, cell: string) => `c_${month}_${cell}`.replace(/[^A-Za-z0-9_]/g, "_");

/** A bound the noise of a sum of n cells at scale b exceeds about once in 10,000. */
export function generousBound(table: ReleaseTable, cells: number): number {
  return Math.ceil(RELEASE_TABLES[table].scale * Math.log(10_000) * Math.sqrt(cells)) + 1;
}

export function modelOf(reports: Map<string, UtilisationReport>, shapes: Map<string, PeriodShape>, minGroup: number): Model {
  const model: Model = { variables: new Set(), constraints: [], withheld: new Map() };
  const observe = (name: string, table: ReleaseTable, cells: [string, string][], value: number | null, published: "count" | "atLeastK") => {
    const vars = cells.map(([month, cell]) => variable(month, cell));
    vars.forEach((v) => model.variables.add(v));
    if (value === null) {
      model.withheld.set(name, vars);
      return;
    }
    const bound = generousBound(table, vars.length);
    const sum = vars.join(" + ");
    model.constraints.push(`${sum} <= ${value + bound}`);
    if (value > 0) model.constraints.push(`${sum} >= ${Math.max(value - bound, published === "atLeastK" ? minGroup - bound : 0)}`);
  };
  for (const [key, report] of reports) {
    const shape = shapes.get(key)!;
    const over = (months: string[], cell: string): [string, string][] => months.map((m) => [m, cell]);
    const topicCells = (months: string[], match: (direction: string, topic: string) => boolean): [string, string][] =>
      months.flatMap((m) => shape.directions.flatMap((d) => shape.topics.filter((t) => match(d, t)).map((t): [string, string] => [m, `topic.${d}.${t}`])));
    observe(`${key}/consulted`, "consulted", over(shape.yearToDate, "consulted"), report.figures.employeesConsulted, "atLeastK");
    observe(`${key}/consultations`, "consultations", over(shape.months, "consultations"), report.figures.consultations, "atLeastK");
    observe(`${key}/lateCancellations`, "missed", over(shape.months, "missed.lateCancellation"), report.figures.lateCancellations, "count");
    observe(`${key}/noShows`, "missed", over(shape.months, "missed.noShow"), report.figures.noShows, "count");
    for (const row of report.breakdowns.format) observe(`${key}/format/${row.key}`, "format", over(shape.months, `format.${row.key}`), row.value, "atLeastK");
    for (const row of report.breakdowns.direction)
      observe(`${key}/direction/${row.key}`, "direction", over(shape.months, `direction.${row.key}`), row.value, "atLeastK");
    for (const row of report.breakdowns.topic)
      observe(
        `${key}/topic/${row.key}`,
        "topic",
        topicCells(shape.months, (_d, t) => t === row.key),
        row.value,
        "atLeastK",
      );
    for (const row of report.breakdowns.trend) observe(`${key}/trend/${row.key}`, "consultations", over([row.key], "consultations"), row.value, "atLeastK");
  }
  return model;
}

function program(model: Model, objective: string, sense: "Minimize" | "Maximize"): string {
  return [
    sense,
    ` obj: ${objective}`,
    "Subject To",
    ...model.constraints.map((c, i) => ` c${i}: ${c}`),
    "Bounds",
    ...[...model.variables].map((v) => ` ${v} >= 0`),
    "General",
    ` ${[...model.variables].join(" ")}`,
    "End",
  ].join("\n");
}

export interface Determination {
  figure: string;
  min: number;
  max: number | null;
}

/** Every withheld figure the published ones pin to a single value. An empty list is the goal. */
export async function determinedWithheldFigures(model: Model): Promise<{ determined: Determination[]; checked: number; feasible: boolean }> {
  solver ??= highsLoader();
  const highs = await solver;
  const first = [...model.variables][0]!;
  const feasibility = highs.solve(program(model, first, "Minimize"));
  if (feasibility.Status !== "Optimal") return { determined: [], checked: 0, feasible: false };
  const determined: Determination[] = [];
  for (const [figure, cells] of model.withheld) {
    const objective = cells.join(" + ");
    const min = highs.solve(program(model, objective, "Minimize"));
    const max = highs.solve(program(model, objective, "Maximize"));
    const low = min.Status === "Optimal" ? Math.round(min.ObjectiveValue) : 0;
    const high = max.Status === "Optimal" ? Math.round(max.ObjectiveValue) : null; // unbounded: anything goes
    if (high !== null && high - low <= 2) determined.push({ figure, min: low, max: high });
  }
  return { determined, checked: model.withheld.size, feasible: true };
}
