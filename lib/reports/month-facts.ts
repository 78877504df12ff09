/**
 * The true counts of one month, read from the raw tables once, when the month is released
 * (lib/reports/release). Nothing here is stored or shown: the release adds noise to every cell first.
 *
 * Every count is capped per person and contract year as lib/reports/privacy-budget states, so one
 * employee's records move each table by at most its sensitivity over the whole year: only their
 * first held session of the year counts in "consulted", their second in "returning", their first
 * SESSIONS_COUNTED_PER_YEAR in "consultations", and the format, topic, rating, missed session and
 * programme answer of their first one. The contract year of a month is the one its first day falls in.
 *
 * Only records that need a psychologist (held sessions, and the ratings and answers that follow one)
 * make "consulted"; what an account can do alone (register, cancel late, not show up) is counted but
 * never decides whether anything is shown (lib/reports/disclosure).
 */
import { Prisma } from "@/lib/generated/prisma/client";
import { sqlRows } from "@/lib/db/sql";
import { SESSIONS_COUNTED_PER_YEAR } from "./privacy-budget";

/** One tenant, or every tenant (the platform's own view). */
export type Scope = { tenantId: string } | { allTenants: true };

export const SCOPE_ALL = "all";
export const scopeKey = (scope: Scope): string => ("tenantId" in scope ? scope.tenantId : SCOPE_ALL);

export type Dimension = "direction" | "format" | "topic";
export const DIMENSIONS: readonly Dimension[] = ["direction", "format", "topic"];

export interface MonthFacts {
  covered: number;
  registered: number;
  consulted: number;
  returning: number;
  consultations: number;
  /** Employees by their first held session of the contract year: format → count. */
  format: Record<string, number>;
  /** The same sessions by direction. */
  direction: Record<string, number>;
  /** The same sessions by "direction.topic" (or "direction.untagged"). */
  topic: Record<string, number>;
  missed: { lateCancellation: number; noShow: number };
  /** "high" (4–5 stars) or "low" (1–3) → employees whose first rating of the year it was. */
  rating: Record<string, number>;
  nps: { promoter: number; passive: number; detractor: number };
  /** Psychologists' service levels, for the platform only. */
  service: { joinedCalls: number; startedOnTime: number; medianReplyMinutes: number | null; medianDaysToFirstSession: number | null };
}

export interface MonthWindow {
  start: Date;
  end: Date;
  /** Start of the contract year the month belongs to: caps count from here. */
  yearStart: Date;
}

function inScope(scope: Scope, alias: string): Prisma.Sql {
  return "tenantId" in scope ? Prisma.sql`${Prisma.raw(alias)}.tenant_id = ${scope.tenantId}::uuid` : Prisma.sql`TRUE`;
}

export async function readMonthFacts(scope: Scope, { start, end, yearStart }: MonthWindow): Promise<MonthFacts> {
  const [row] = await sqlRows<{ facts: MonthFacts }>(Prisma.sql`
    WITH held AS (
      SELECT a.id, a.employee_id, a.direction::text AS direction, a.format::text AS format, coalesce(a.topic, 'untagged') AS topic,
             a.starts_at, a.psychologist_joined_at,
             row_number() OVER (PARTITION BY a.employee_id ORDER BY a.starts_at, a.id) AS nth
      FROM appointments a
      WHERE ${inScope(scope, "a")} AND a.status = 'completed' AND a.starts_at >= ${yearStart} AND a.starts_at < ${end}
    ),
    held_here AS (SELECT * FROM held WHERE starts_at >= ${start}),
    missed AS (
      SELECT a.starts_at, CASE WHEN a.status = 'no_show' THEN 'noShow' ELSE 'lateCancellation' END AS kind,
             row_number() OVER (PARTITION BY a.employee_id ORDER BY a.starts_at, a.id) AS nth
      FROM appointments a
      WHERE ${inScope(scope, "a")} AND a.starts_at >= ${yearStart} AND a.starts_at < ${end}
        AND (a.status = 'no_show' OR (a.status = 'cancelled' AND a.cancelled_by = 'employee' AND a.counts_against_quota))
    ),
    ratings AS (
      SELECT f.rating, h.starts_at, row_number() OVER (PARTITION BY f.employee_id ORDER BY h.starts_at, h.id) AS nth
      FROM feedback f JOIN held h ON h.id = f.appointment_id
    ),
    answers AS (
      SELECT n.score, n.answered_at, row_number() OVER (PARTITION BY n.employee_id ORDER BY n.answered_at, n.id) AS nth
      FROM nps_requests n
      WHERE ${inScope(scope, "n")} AND n.answered_at >= ${yearStart} AND n.answered_at < ${end}
    ),
    first_ever AS (
      SELECT h.employee_id, extract(epoch FROM min(h.starts_at) - u.created_at) / 86400 AS days
      FROM held_here h JOIN users u ON u.id = h.employee_id
      WHERE NOT EXISTS (SELECT 1 FROM appointments p WHERE p.employee_id = h.employee_id AND p.status = 'completed' AND p.starts_at < ${start})
      GROUP BY h.employee_id, u.created_at
    ),
    replies AS (
      SELECT (SELECT min(r.created_at) FROM messages r WHERE r.conversation_id = m.conversation_id AND r.sender_id <> c.employee_id AND r.created_at > m.created_at)
             - m.created_at AS waited
      FROM messages m JOIN conversations c ON c.id = m.conversation_id
      WHERE ${inScope(scope, "c")} AND m.sender_id = c.employee_id AND m.created_at >= ${start} AND m.created_at < ${end}
    ),
    by_key AS (
      SELECT 'format' AS tab, format AS key, count(*)::int AS n FROM held_here WHERE nth = 1 GROUP BY format
      UNION ALL SELECT 'direction', direction, count(*)::int FROM held_here WHERE nth = 1 GROUP BY direction
      UNION ALL SELECT 'topic', direction || '.' || topic, count(*)::int FROM held_here WHERE nth = 1 GROUP BY direction, topic
      UNION ALL SELECT 'rating', CASE WHEN rating >= 4 THEN 'high' ELSE 'low' END, count(*)::int FROM ratings WHERE nth = 1 AND starts_at >= ${start}
        GROUP BY rating >= 4
    )
    SELECT json_build_object(
      'covered', (SELECT count(*)::int FROM registry_entries r
                  WHERE ${inScope(scope, "r")} AND r.created_at <= ${end} AND (r.removed_at IS NULL OR r.removed_at > ${end}) AND (r.status = 'active' OR r.removed_at IS NOT NULL)),
      'registered', (SELECT count(*)::int FROM users u
                     WHERE ${inScope(scope, "u")} AND u.role = 'employee' AND u.email_confirmed_at >= ${start} AND u.email_confirmed_at < ${end}),
      'consulted', (SELECT count(*)::int FROM held_here WHERE nth = 1),
      'returning', (SELECT count(*)::int FROM held_here WHERE nth = 2),
      'consultations', (SELECT count(*)::int FROM held_here WHERE nth <= ${SESSIONS_COUNTED_PER_YEAR}),
      'format', (SELECT coalesce(json_object_agg(key, n), '{}') FROM by_key WHERE tab = 'format'),
      'direction', (SELECT coalesce(json_object_agg(key, n), '{}') FROM by_key WHERE tab = 'direction'),
      'topic', (SELECT coalesce(json_object_agg(key, n), '{}') FROM by_key WHERE tab = 'topic'),
      'rating', (SELECT coalesce(json_object_agg(key, n), '{}') FROM by_key WHERE tab = 'rating'),
      'missed', json_build_object(
        'lateCancellation', (SELECT count(*)::int FROM missed WHERE nth = 1 AND starts_at >= ${start} AND kind = 'lateCancellation'),
        'noShow', (SELECT count(*)::int FROM missed WHERE nth = 1 AND starts_at >= ${start} AND kind = 'noShow')),
      'nps', (SELECT json_build_object(
        'promoter', count(*) FILTER (WHERE score >= 9), 'passive', count(*) FILTER (WHERE score BETWEEN 7 AND 8), 'detractor', count(*) FILTER (WHERE score <= 6))
        FROM answers WHERE nth = 1 AND answered_at >= ${start}),
      'service', json_build_object(
        'joinedCalls', (SELECT count(*)::int FROM held_here WHERE format <> 'chat' AND psychologist_joined_at IS NOT NULL),
        'startedOnTime', (SELECT count(*)::int FROM held_here WHERE format <> 'chat' AND psychologist_joined_at <= starts_at + interval '5 minutes'),
        'medianReplyMinutes', (SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM waited) / 60) FROM replies WHERE waited IS NOT NULL),
        'medianDaysToFirstSession', (SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY days) FROM first_ever))
    ) AS facts`);
  if (!row) throw new Error("the month's facts query returned no row");
  return row.facts;
}
