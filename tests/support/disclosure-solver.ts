/**
 * The attacker's solver: from everything the report API returns for one tenant, an integer program
 * of what the true figures must satisfy — published figures within the published noise bound (and
 * at least K, since they were published), breakdowns adding up to totals, months to quarters and
 * quarters to the year, distinct employees between the largest part and the sum of the parts — and
 * for every withheld figure the smallest and largest value it can take (HiGHS, exact integer MIP).
 */
import highsLoader from "highs";
import { NOISE_BOUND } from "@/lib/reports/noise";
import type { UtilisationReport } from "@/lib/reports/get-report";

type Highs = Awaited<ReturnType<typeof highsLoader>>;
let solver: Promise<Highs> | undefined;

interface Model {
  variables: Map<string, { lower: number; upper: number | null }>;
  constraints: string[];
  withheld: Set<string>;
}

const name = (...parts: string[]) => `v_${parts.join("_").replace(/[^A-Za-z0-9]/g, "_")}`;

export function modelOf(reports: Map<string, UtilisationReport>, minGroup: number): Model {
  const model: Model = { variables: new Map(), constraints: [], withheld: new Set() };
  const observe = (variable: string, value: number | null, threshold: number) => {
    if (value === null) {
      if (!model.variables.has(variable)) model.variables.set(variable, { lower: 0, upper: null });
      model.withheld.add(variable);
      return;
    }
    model.variables.set(variable, { lower: Math.max(threshold, value - NOISE_BOUND, 0), upper: value + NOISE_BOUND });
  };
  const sum = (parts: string[]) => parts.join(" + ");
  for (const [key, report] of reports) {
    const total = name("sessions", key);
    const consulted = name("consulted", key);
    observe(total, report.figures.consultations, minGroup);
    observe(consulted, report.figures.employeesConsulted, minGroup);
    observe(name("registered", key), report.figures.employeesRegistered, minGroup);
    observe(name("covered", key), report.figures.employeesCovered, minGroup);
    model.constraints.push(
      `${consulted} - ${total} <= 0`,
      `${consulted} - ${name("registered", key)} <= 0`,
      `${name("registered", key)} - ${name("covered", key)} <= 0`,
    );
    for (const dimension of ["direction", "format", "topic"] as const) {
      if (report.breakdowns[dimension].length === 0) continue;
      const cells = report.breakdowns[dimension].map((row) => {
        const variable = name("sessions", key, dimension, row.key);
        observe(variable, row.value, minGroup);
        return variable;
      });
      model.constraints.push(`${sum(cells)} - ${total} = 0`);
    }
    // A trend month is the month's own total: the same unknown.
    for (const row of report.breakdowns.trend) if (reports.has(row.key)) observe(name("sessions", row.key), row.value, minGroup);
  }
  // Nesting: months add up to their quarter, quarters to the (calendar-aligned) year.
  const children = (parent: string): string[] => {
    if (parent.includes("-Q")) {
      const first = (Number(parent.slice(6)) - 1) * 3 + 1;
      return [0, 1, 2].map((i) => `${parent.slice(0, 4)}-${String(first + i).padStart(2, "0")}`);
    }
    return parent.length === 4 ? [1, 2, 3, 4].map((q) => `${parent}-Q${q}`) : [];
  };
  for (const [key, report] of reports) {
    const parts = children(key).filter((child) => reports.has(child));
    if (parts.length === 0 || parts.length !== children(key).length) continue;
    model.constraints.push(`${sum(parts.map((p) => name("sessions", p)))} - ${name("sessions", key)} = 0`);
    model.constraints.push(`${sum(parts.map((p) => name("consulted", p)))} - ${name("consulted", key)} >= 0`);
    for (const part of parts) model.constraints.push(`${name("consulted", key)} - ${name("consulted", part)} >= 0`);
    for (const dimension of ["direction", "format", "topic"] as const) {
      for (const row of report.breakdowns[dimension]) {
        model.constraints.push(`${sum(parts.map((p) => name("sessions", p, dimension, row.key)))} - ${name("sessions", key, dimension, row.key)} = 0`);
      }
    }
  }
  return model;
}

function program(model: Model, objective: string, sense: "Minimize" | "Maximize"): string {
  const bounds = [...model.variables].map(([v, b]) => (b.upper === null ? `${v} >= ${b.lower}` : `${b.lower} <= ${v} <= ${b.upper}`));
  return [
    sense,
    ` obj: ${objective}`,
    "Subject To",
    ...model.constraints.map((c, i) => ` c${i}: ${c}`),
    "Bounds",
    ...bounds.map((b) => ` ${b}`),
    "General",
    ` ${[...model.variables.keys()].join(" ")}`,
    "End",
  ].join("\n");
}

export interface Determination {
  variable: string;
  min: number;
  max: number | null;
}

/** Every withheld figure the published ones pin to a single value. An empty list is the goal. */
export async function determinedWithheldFigures(model: Model): Promise<{ determined: Determination[]; checked: number; feasible: boolean }> {
  solver ??= highsLoader();
  const highs = await solver;
  const feasibility = highs.solve(program(model, [...model.variables.keys()][0]!, "Minimize"));
  if (feasibility.Status !== "Optimal") return { determined: [], checked: 0, feasible: false };
  const determined: Determination[] = [];
  for (const variable of model.withheld) {
    const min = highs.solve(program(model, variable, "Minimize"));
    const max = highs.solve(program(model, variable, "Maximize"));
    const low = min.Status === "Optimal" ? Math.round(min.ObjectiveValue) : 0;
    const high = max.Status === "Optimal" ? Math.round(max.ObjectiveValue) : null; // unbounded: anything goes
    if (high !== null && low === high) determined.push({ variable, min: low, max: high });
  }
  return { determined, checked: model.withheld.size, feasible: true };
}
