/** The report exactly as the dashboard shows it, as CSV: one line per figure and per breakdown row. */
import { stringify } from "csv-stringify/sync";
import { FIGURE_NAMES } from "./disclosure";
import type { UtilisationReport } from "./get-report";
import { BREAKDOWN_NAMES, type ReportLabels } from "./report-labels";

// OWASP's rule against CSV injection: a spreadsheet runs a cell that starts with one of these as a
// formula (a tenant named "=HYPERLINK(…)" would), so such a cell is written as text with a leading quote.
const FORMULA_START = /^[=+\-@\t\r]/;

/** A text cell a spreadsheet shows as written, never runs. Numbers are numbers and stay as they are. */
export function inertCell(value: string | number): string | number {
  return typeof value === "string" && FORMULA_START.test(value) ? `'${value}` : value;
}

export function reportCsv(report: UtilisationReport, labels: ReportLabels): string {
  const rows: (string | number)[][] = [["section", "key", "label", "value", "note"]];
  rows.push(["period", report.period, labels.title, "", labels.asOf]);
  for (const name of FIGURE_NAMES) {
    const value = report.figures[name];
    rows.push(["figure", name, labels.figure(name), value ?? "", value === null ? labels.withheld : ""]);
  }
  for (const breakdown of BREAKDOWN_NAMES) {
    for (const row of report.breakdowns[breakdown]) {
      rows.push([breakdown, row.key, labels.row(breakdown, row.key), row.value ?? "", row.value === null ? labels.withheld : ""]);
    }
  }
  rows.push(["note", "disclosure", labels.tradeOff, "", ""]);
  // A byte-order mark, so spreadsheet programs read the Cyrillic labels as UTF-8.
  return `\uFEFF${stringify(rows.map((row) => row.map(inertCell)))}`;
}
