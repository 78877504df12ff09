/**
 * The privacy budget of HR figures: what one employee's records can change in everything published
 * for one contract year, and how much noise each table carries. This table is the single source of
 * the stated guarantee (decision 0007); the dashboard's sentence, the API document and the tests all
 * read ε from here.
 *
 * Each released month holds tables of counts. A table's sensitivity is the most one employee's records
 * of one contract year can change the sum of its cells over every month of that year (records are
 * capped per person so that the bound holds); its cells carry discrete Laplace noise of scale
 * `scale`, so publishing it costs sensitivity / scale of the budget (the Laplace mechanism), and the
 * costs of all tables add up (sequential composition). Months, quarters and years are sums of
 * released months, which costs nothing more (post-processing).
 */

/** Held sessions per person and contract year that count in "consultations": enough for a short course of counselling. */
export const SESSIONS_COUNTED_PER_YEAR = 4;

export type ReleaseTable =
  | "registered" // accounts whose e-mail was confirmed in the month: a person is counted once, ever
  | "consulted" // employees whose first held session of the contract year was in the month
  | "returning" // employees whose second held session of the contract year was in the month
  | "consultations" // held sessions, each person's first SESSIONS_COUNTED_PER_YEAR of the contract year
  | "format" // employees by the format of their first held session of the contract year
  | "direction" // employees by the direction of their first held session of the contract year
  | "topic" // employees by the topic of their first held session of the contract year ("untagged" per direction)
  | "missed" // employees by their first late cancellation or no-show of the contract year
  | "rating" // employees by their first rating of the contract year: high (4–5 stars) or low (1–3)
  | "nps"; // employees by their first answer to the programme question in the contract year

export interface TableBudget {
  /** The most one employee's records of one contract year change the table's cells, summed over all months. */
  sensitivity: number;
  /** Scale b of the discrete Laplace noise on every cell: P(noise = k) ∝ exp(−|k| / b). */
  scale: number;
}

export const RELEASE_TABLES: Readonly<Record<ReleaseTable, TableBudget>> = {
  registered: { sensitivity: 1, scale: 1 },
  consulted: { sensitivity: 1, scale: 1 },
  returning: { sensitivity: 1, scale: 4 },
  consultations: { sensitivity: SESSIONS_COUNTED_PER_YEAR, scale: 2 },
  format: { sensitivity: 1, scale: 4 },
  direction: { sensitivity: 1, scale: 4 },
  topic: { sensitivity: 1, scale: 4 },
  missed: { sensitivity: 1, scale: 4 },
  rating: { sensitivity: 1, scale: 4 },
  nps: { sensitivity: 1, scale: 4 },
};

/** What one table costs: ε = sensitivity / scale. */
export const tableEpsilon = (table: ReleaseTable): number => RELEASE_TABLES[table].sensitivity / RELEASE_TABLES[table].scale;

/**
 * ε per employee per contract year: one person's presence or absence changes the probability of
 * anything HR can see for that year by at most a factor e^ε.
 */
export const EPSILON_PER_YEAR: number = (Object.keys(RELEASE_TABLES) as ReleaseTable[]).reduce((sum, table) => sum + tableEpsilon(table), 0);
