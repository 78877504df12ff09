/**
 * The true aggregates of one period, read from the raw tables. Only the rollup (lib/reports/rollup)
 * runs this; nothing it returns reaches anyone before lib/reports/disclosure has published it.
 * Counts of distinct employees travel with every figure, because publication is decided on them.
 *
 * Point-in-time figures (covered, registered) are taken at the period's end, or now for a period
 * under way, from dates that never change afterwards: an identifier removed today still counted in
 * September's registry, an account still registered when its identifier leaves. So editing the
 * registry changes no figure that depends on whether one person has an account.
 */
import { Prisma } from "@/lib/generated/prisma/client";
import { sqlRows } from "@/lib/db/sql";
import type { Period } from "./periods";

export type Dimension = "direction" | "format" | "topic";
export const DIMENSIONS: readonly Dimension[] = ["direction", "format", "topic"];

export interface CellFacts {
  key: string;
  sessions: number;
  employees: number;
}

export interface CountFacts {
  count: number;
  employees: number;
}

export interface MedianFacts {
  median: number | null;
  employees: number;
}

export interface PeriodFacts {
  covered: number;
  registered: number;
  consulted: number;
  consultations: number;
  returning: number;
  cells: Record<Dimension, CellFacts[]>;
  lateCancellations: CountFacts;
  noShows: CountFacts;
  rating: { sum: number; count: number; employees: number };
  nps: { respondents: number; promoters: number; passives: number; detractors: number };
  daysToFirstSession: MedianFacts;
  daysBookingToSession: MedianFacts;
  /** Platform service levels: psychologists' figures, never shown to an employer. */
  service: {
    /** Call sessions the psychologist's join was recorded for (LiveKit's webhook): the ones that can be judged. */
    joinedCalls: number;
    startedOnTime: number;
    callEmployees: number;
    replyMinutes: MedianFacts;
  };
}

/** Keys of the noise: each changes whenever a fact of its table changes, and only then. */
export interface FactVersions {
  registry: string;
  accounts: string;
  activity: string;
}

/** One tenant, or every tenant (the platform's own view). */
export type Scope = { tenantId: string } | { allTenants: true };

export const SCOPE_ALL = "all";
export const scopeKey = (scope: Scope): string => ("tenantId" in scope ? scope.tenantId : SCOPE_ALL);

function inScope(scope: Scope, alias: string): Prisma.Sql {
  return "tenantId" in scope ? Prisma.sql`${Prisma.raw(alias)}.tenant_id = ${scope.tenantId}::uuid` : Prisma.sql`TRUE`;
}

// An order-independent digest of a set of records (the sum of their hashes), as statistical
// offices key cells: adding, removing or changing any one record changes it.
const digest = (expression: string) => Prisma.raw(`coalesce(sum(hashtextextended(${expression}, 7)::numeric), 0)::text || ':' || count(*)`);

interface FactsRow {
  facts: PeriodFacts;
  versions: FactVersions;
}

export async function readPeriodFacts(scope: Scope, period: Period, now: Date): Promise<{ facts: PeriodFacts; versions: FactVersions }> {
  const asOf = new Date(Math.min(period.end.getTime(), now.getTime()));
  const { start, end } = period;
  const [row] = await sqlRows<FactsRow>(Prisma.sql`
    WITH held AS (
      SELECT a.id, a.employee_id, a.direction::text AS direction, a.format::text AS format, coalesce(a.topic, 'untagged') AS topic,
             a.starts_at, a.created_at, a.psychologist_joined_at
      FROM appointments a
      WHERE ${inScope(scope, "a")} AND a.status = 'completed' AND a.starts_at >= ${start} AND a.starts_at < ${end}
    ),
    per_employee AS (SELECT employee_id, count(*) AS sessions FROM held GROUP BY employee_id),
    cells AS (
      SELECT 'direction' AS dimension, direction AS key, count(*)::int AS sessions, count(DISTINCT employee_id)::int AS employees FROM held GROUP BY direction
      UNION ALL SELECT 'format', format, count(*)::int, count(DISTINCT employee_id)::int FROM held GROUP BY format
      UNION ALL SELECT 'topic', topic, count(*)::int, count(DISTINCT employee_id)::int FROM held GROUP BY topic
    ),
    missed AS (
      SELECT a.id, a.employee_id, a.status::text AS status
      FROM appointments a
      WHERE ${inScope(scope, "a")} AND a.starts_at >= ${start} AND a.starts_at < ${end}
        AND (a.status = 'no_show' OR (a.status = 'cancelled' AND a.cancelled_by = 'employee' AND a.counts_against_quota))
    ),
    ratings AS (SELECT f.id, f.employee_id, f.rating FROM feedback f JOIN held h ON h.id = f.appointment_id),
    answers AS (
      SELECT DISTINCT ON (n.employee_id) n.id, n.employee_id, n.score
      FROM nps_requests n
      WHERE ${inScope(scope, "n")} AND n.answered_at >= ${start} AND n.answered_at < ${end}
      ORDER BY n.employee_id, n.answered_at DESC
    ),
    first_sessions AS (
      SELECT h.employee_id, extract(epoch FROM min(h.starts_at) - u.created_at) / 86400 AS days
      FROM held h JOIN users u ON u.id = h.employee_id
      WHERE NOT EXISTS (SELECT 1 FROM appointments p WHERE p.employee_id = h.employee_id AND p.status = 'completed' AND p.starts_at < ${start})
      GROUP BY h.employee_id, u.created_at
    ),
    replies AS (
      SELECT c.employee_id,
             (SELECT min(r.created_at) FROM messages r WHERE r.conversation_id = m.conversation_id AND r.sender_id <> c.employee_id AND r.created_at > m.created_at) - m.created_at AS waited
      FROM messages m JOIN conversations c ON c.id = m.conversation_id
      WHERE ${inScope(scope, "c")} AND m.sender_id = c.employee_id AND m.created_at >= ${start} AND m.created_at < ${end}
    ),
    covered AS (
      SELECT r.id FROM registry_entries r
      WHERE ${inScope(scope, "r")} AND r.created_at <= ${asOf} AND (r.removed_at IS NULL OR r.removed_at > ${asOf}) AND (r.status = 'active' OR r.removed_at IS NOT NULL)
    ),
    registered AS (SELECT u.id FROM users u WHERE ${inScope(scope, "u")} AND u.role = 'employee' AND u.created_at <= ${asOf})
    SELECT
      json_build_object(
        'covered', (SELECT count(*) FROM covered),
        'registered', (SELECT count(*) FROM registered),
        'consulted', (SELECT count(*) FROM per_employee),
        'consultations', (SELECT count(*) FROM held),
        'returning', (SELECT count(*) FROM per_employee WHERE sessions >= 2),
        'cells', json_build_object(
          'direction', (SELECT coalesce(json_agg(json_build_object('key', key, 'sessions', sessions, 'employees', employees)), '[]') FROM cells WHERE dimension = 'direction'),
          'format', (SELECT coalesce(json_agg(json_build_object('key', key, 'sessions', sessions, 'employees', employees)), '[]') FROM cells WHERE dimension = 'format'),
          'topic', (SELECT coalesce(json_agg(json_build_object('key', key, 'sessions', sessions, 'employees', employees)), '[]') FROM cells WHERE dimension = 'topic')),
        'lateCancellations', (SELECT json_build_object('count', count(*), 'employees', count(DISTINCT employee_id)) FROM missed WHERE status = 'cancelled'),
        'noShows', (SELECT json_build_object('count', count(*), 'employees', count(DISTINCT employee_id)) FROM missed WHERE status = 'no_show'),
        'rating', (SELECT json_build_object('sum', coalesce(sum(rating), 0), 'count', count(*), 'employees', count(DISTINCT employee_id)) FROM ratings),
        'nps', (SELECT json_build_object('respondents', count(*), 'promoters', count(*) FILTER (WHERE score >= 9),
                                         'passives', count(*) FILTER (WHERE score BETWEEN 7 AND 8), 'detractors', count(*) FILTER (WHERE score <= 6)) FROM answers),
        'daysToFirstSession', (SELECT json_build_object('median', percentile_cont(0.5) WITHIN GROUP (ORDER BY days), 'employees', count(*)) FROM first_sessions),
        'daysBookingToSession', (SELECT json_build_object('median', percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM starts_at - created_at) / 86400),
                                                          'employees', count(DISTINCT employee_id)) FROM held),
        'service', json_build_object(
          'joinedCalls', (SELECT count(*) FROM held WHERE format <> 'chat' AND psychologist_joined_at IS NOT NULL),
          'startedOnTime', (SELECT count(*) FROM held WHERE format <> 'chat' AND psychologist_joined_at <= starts_at + interval '5 minutes'),
          'callEmployees', (SELECT count(DISTINCT employee_id) FROM held WHERE format <> 'chat' AND psychologist_joined_at IS NOT NULL),
          'replyMinutes', (SELECT json_build_object('median', percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM waited) / 60),
                                                    'employees', count(DISTINCT employee_id)) FROM replies WHERE waited IS NOT NULL))
      ) AS facts,
      json_build_object(
        'registry', (SELECT ${digest("id::text")} FROM covered),
        'accounts', (SELECT ${digest("id::text")} FROM registered),
        'activity', (SELECT ${digest("id::text || direction || format || topic")} FROM held) || '/' ||
                    (SELECT ${digest("id::text || status")} FROM missed) || '/' ||
                    (SELECT ${digest("id::text || rating")} FROM ratings) || '/' ||
                    (SELECT ${digest("id::text || score")} FROM answers) || '/' ||
                    (SELECT ${digest("employee_id::text || days")} FROM first_sessions)
      ) AS versions`);
  if (!row) throw new Error("the facts query returned no row");
  return row;
}
