/**
 * Releases: each closed month of a scope is turned into noisy cells once, a few days after it ends
 * (RELEASE_GRACE_DAYS), and stored; every HR figure is a sum of released cells. Nothing anyone does
 * afterwards — a booking, a late cancellation, a new account, a registry upload — draws a cell again:
 * the insert keeps the first release and the table refuses updates. So there is never a second
 * version of a published figure to average, and no figure moves between two requests except when a
 * new month is released (at most once a day, at a local midnight).
 */
import { DateTime } from "luxon";
import { Prisma } from "@/lib/generated/prisma/client";
import { sqlRows } from "@/lib/db/sql";
import { TOPIC_SLUGS, directionOfTopic } from "@/lib/catalogue/vocabulary";
import { readMonthFacts, scopeKey, type MonthFacts, type Scope } from "./month-facts";
import { cellNoise } from "./noise";
import { contractYearStartOf, dueMonthKeys } from "./periods";
import { RELEASE_TABLES, type ReleaseTable } from "./privacy-budget";
import { scopeProfile, type ScopeProfile } from "./scope-profile";

/** A released month: cell name → noisy count ("covered" is exact: the employer's own registry). */
export type ReleasedCells = Record<string, number>;

export interface ReleasedMonth {
  month: string;
  cells: ReleasedCells;
  releasedOn: string;
}

/** Every cell a month's release holds, fixed by the contract's vocabulary, never by the data. */
export function cellNames(profile: Pick<ScopeProfile, "directions" | "formats">): { table: ReleaseTable; cell: string }[] {
  const names: { table: ReleaseTable; cell: string }[] = [
    { table: "registered", cell: "registered" },
    { table: "consulted", cell: "consulted" },
    { table: "returning", cell: "returning" },
    { table: "consultations", cell: "consultations" },
  ];
  for (const format of profile.formats) names.push({ table: "format", cell: `format.${format}` });
  for (const direction of profile.directions) names.push({ table: "direction", cell: `direction.${direction}` });
  for (const direction of profile.directions) {
    for (const topic of [...TOPIC_SLUGS.filter((slug) => directionOfTopic(slug) === direction), "untagged"])
      names.push({ table: "topic", cell: `topic.${direction}.${topic}` });
  }
  for (const kind of ["lateCancellation", "noShow"]) names.push({ table: "missed", cell: `missed.${kind}` });
  for (const band of ["low", "high"]) names.push({ table: "rating", cell: `rating.${band}` });
  for (const band of ["promoter", "passive", "detractor"]) names.push({ table: "nps", cell: `nps.${band}` });
  return names;
}

function trueValue(facts: MonthFacts, cell: string): number {
  const [table, ...rest] = cell.split(".");
  const key = rest.join(".");
  switch (table) {
    case "format":
      return facts.format[key] ?? 0;
    case "direction":
      return facts.direction[key] ?? 0;
    case "topic":
      return facts.topic[key] ?? 0;
    case "rating":
      return facts.rating[key] ?? 0;
    case "missed":
      return facts.missed[key as keyof MonthFacts["missed"]];
    case "nps":
      return facts.nps[key as keyof MonthFacts["nps"]];
    default:
      return facts[table as "registered" | "consulted" | "returning" | "consultations"];
  }
}

// Platform-only service levels (about psychologists, never shown to an employer) carry noise too.
const SERVICE_SCALE = { count: 2, minutes: 5, days: 1 };

/** The true cells of one month, as a release would hold them without noise: never stored (the accuracy benchmark compares against them). */
export function trueCells(facts: MonthFacts, profile: Pick<ScopeProfile, "directions" | "formats">): ReleasedCells {
  const cells: ReleasedCells = { covered: facts.covered };
  for (const { cell } of cellNames(profile)) cells[cell] = trueValue(facts, cell);
  return cells;
}

/** The noisy cells of one month: what is stored, and all that is ever read. */
export function noisyCells(scope: string, month: string, facts: MonthFacts, profile: Pick<ScopeProfile, "directions" | "formats">): ReleasedCells {
  const noise = (cell: string, scale: number) => cellNoise(`${scope}|${month}|${cell}`, scale);
  const cells: ReleasedCells = { covered: facts.covered };
  for (const { table, cell } of cellNames(profile)) cells[cell] = trueValue(facts, cell) + noise(cell, RELEASE_TABLES[table].scale);
  const { service } = facts;
  cells["service.joinedCalls"] = service.joinedCalls + noise("service.joinedCalls", SERVICE_SCALE.count);
  cells["service.startedOnTime"] = service.startedOnTime + noise("service.startedOnTime", SERVICE_SCALE.count);
  if (service.medianReplyMinutes !== null)
    cells["service.medianReplyMinutes"] = Math.max(0, Math.round(service.medianReplyMinutes) + noise("service.reply", SERVICE_SCALE.minutes));
  if (service.medianDaysToFirstSession !== null)
    cells["service.medianDaysToFirstSession"] = Math.max(0, Math.round(service.medianDaysToFirstSession) + noise("service.daysToFirst", SERVICE_SCALE.days));
  return cells;
}

/** A month's window in the scope's zone, with the start of the contract year it belongs to. */
export function monthWindow(month: string, profile: Pick<ScopeProfile, "timeZone" | "yearStart">) {
  const start = DateTime.fromFormat(month, "yyyy-LL", { zone: profile.timeZone });
  return { start: start.toJSDate(), end: start.plus({ months: 1 }).toJSDate(), yearStart: contractYearStartOf(start, profile.yearStart).toJSDate() };
}

/** Releases every month of a scope whose release day has come and that is not released yet; returns how many it released. */
export async function releaseDueMonths(scope: Scope, now = new Date()): Promise<number> {
  const profile = await scopeProfile(scope);
  if (!profile) return 0;
  const due = dueMonthKeys(now, profile.since, profile.timeZone);
  if (!due.length) return 0;
  const key = scopeKey(scope);
  const existing = await sqlRows<{ month_key: string }>(Prisma.sql`
    SELECT month_key FROM report_releases WHERE scope = ${key} AND month_key = ANY(${due}::text[])`);
  const released = new Set(existing.map((row) => row.month_key));
  const today = DateTime.fromJSDate(now, { zone: profile.timeZone }).toISODate()!;
  let count = 0;
  for (const month of due.filter((m) => !released.has(m))) {
    const facts = await readMonthFacts(scope, monthWindow(month, profile));
    // Two workers may release the same month at once: the first insert stands, the second changes nothing.
    const inserted = await sqlRows<{ month_key: string }>(Prisma.sql`
      INSERT INTO report_releases (scope, month_key, cells, released_on)
      VALUES (${key}, ${month}, ${JSON.stringify(noisyCells(key, month, facts, profile))}::jsonb, ${today}::date)
      ON CONFLICT (scope, month_key) DO NOTHING RETURNING month_key`);
    count += inserted.length;
  }
  return count;
}

/** Every tenant's due months, then the view across tenants: the worker's hourly job. */
export async function releaseAllDueMonths(now = new Date()): Promise<number> {
  const tenants = await sqlRows<{ id: string }>(Prisma.sql`SELECT id FROM tenants ORDER BY created_at`);
  let count = 0;
  for (const { id } of tenants) count += await releaseDueMonths({ tenantId: id }, now);
  return count + (await releaseDueMonths({ allTenants: true }, now));
}

/** The released months of a scope up to and including `through`, oldest first. */
export async function readReleasedMonths(scope: Scope, through?: string): Promise<ReleasedMonth[]> {
  const rows = await sqlRows<{ month_key: string; cells: ReleasedCells; released_on: string }>(Prisma.sql`
    SELECT month_key, cells, to_char(released_on, 'YYYY-MM-DD') AS released_on FROM report_releases
    WHERE scope = ${scopeKey(scope)} ${through ? Prisma.sql`AND month_key <= ${through}` : Prisma.empty} ORDER BY month_key`);
  return rows.map((row) => ({ month: row.month_key, cells: row.cells, releasedOn: row.released_on }));
}
