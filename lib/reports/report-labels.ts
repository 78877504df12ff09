/** The words an exported report is written in, supplied by the caller in the reader's language. */
import type { BreakdownName, FigureName, ServiceFigureName } from "./disclosure";

export interface ReportLabels {
  title: string;
  asOf: string;
  /** The dashboard's one sentence on what the disclosure control costs. */
  tradeOff: string;
  withheld: string;
  figuresTitle: string;
  figure: (name: FigureName) => string;
  /** A figure's value as shown (percent sign, decimals). */
  value: (name: FigureName, value: number) => string;
  breakdownTitle: (name: BreakdownName) => string;
  /** The platform's service levels: their names and values as shown. */
  service: (name: ServiceFigureName) => string;
  serviceValue: (name: ServiceFigureName, value: number) => string;
  row: (breakdown: BreakdownName, key: string) => string;
}

export const BREAKDOWN_NAMES: readonly BreakdownName[] = ["trend", "direction", "format", "topic"];
