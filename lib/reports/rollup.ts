/**
 * Rollups: the true facts of every offered period, written by the job worker whenever a tenant's
 * facts change (triggers mark it stale; see the report_staleness_triggers migration), so a dashboard
 * reads one row per period however many consultations exist.
 */
import { Prisma } from "@/lib/generated/prisma/client";
import { sqlRows } from "@/lib/db/sql";
import { readPeriodFacts, SCOPE_ALL, scopeKey, type Scope } from "./facts";
import { offeredPeriods } from "./periods";
import { scopeProfile } from "./scope-profile";

/** Recomputes every offered period of one scope; returns how many periods were written. */
export async function rollUp(scope: Scope, now = new Date()): Promise<number> {
  const calendar = await scopeProfile(scope);
  if (!calendar) return 0;
  const periods = offeredPeriods(now, calendar.since, calendar.timeZone, calendar.yearStart);
  const rows = [];
  for (const period of periods) {
    const { facts, versions } = await readPeriodFacts(scope, period, now);
    rows.push(Prisma.sql`(${scopeKey(scope)}, ${period.key}, ${JSON.stringify(versions)}::jsonb, ${JSON.stringify(facts)}::jsonb, ${now})`);
  }
  // Two workers may roll up one scope at once (a change arrives while one is reading): whichever read
  // later wins, so a slow run finishing last never puts older facts back over newer ones.
  await sqlRows(Prisma.sql`
    WITH written AS (
      INSERT INTO report_rollups (scope, period_key, versions, facts, computed_at) VALUES ${Prisma.join(rows)}
      ON CONFLICT (scope, period_key) DO UPDATE SET versions = excluded.versions, facts = excluded.facts, computed_at = excluded.computed_at
        WHERE report_rollups.computed_at <= excluded.computed_at
    )
    DELETE FROM report_rollups
    WHERE scope = ${scopeKey(scope)} AND period_key <> ALL(${periods.map((period) => period.key)}::text[]) AND computed_at <= ${now}`);
  return periods.length;
}

/**
 * Rolls up the tenants marked stale, oldest first. A tenant is unmarked before its facts are read,
 * so a change made meanwhile marks it again and the next run picks it up; a failure marks it again.
 */
export async function rollUpStaleTenants(now = new Date(), limit = 100): Promise<number> {
  const claimed = await sqlRows<{ tenant_id: string }>(Prisma.sql`
    DELETE FROM report_stale_tenants WHERE tenant_id IN (
      SELECT tenant_id FROM report_stale_tenants ORDER BY since LIMIT ${limit} FOR UPDATE SKIP LOCKED
    ) RETURNING tenant_id`);
  for (const { tenant_id: tenantId } of claimed) {
    try {
      await rollUp({ tenantId }, now);
    } catch (error) {
      await markStale([tenantId]);
      throw error;
    }
  }
  return claimed.length;
}

export async function markStale(tenantIds: readonly string[]): Promise<void> {
  if (!tenantIds.length) return;
  await sqlRows(Prisma.sql`
    INSERT INTO report_stale_tenants (tenant_id) SELECT unnest(${tenantIds}::uuid[]) ON CONFLICT (tenant_id) DO NOTHING RETURNING tenant_id`);
}

/** Once a day every tenant is rolled up, so a new month, quarter or year appears without any change in the data. */
export async function markAllStale(): Promise<void> {
  await sqlRows(Prisma.sql`INSERT INTO report_stale_tenants (tenant_id) SELECT id FROM tenants ON CONFLICT (tenant_id) DO NOTHING RETURNING tenant_id`);
}

/** How often at most the view across tenants is recomputed: it reads every tenant's facts. */
export const ACROSS_TENANTS_EVERY_MINUTES = 5;

/** The view across tenants, refreshed when any tenant's rollup is newer than it, at most every few minutes. */
export async function rollUpAcrossTenants(now = new Date()): Promise<boolean> {
  const [state] = await sqlRows<{ behind: boolean }>(Prisma.sql`
    WITH latest AS (SELECT max(computed_at) AS at FROM report_rollups WHERE scope = ${SCOPE_ALL})
    SELECT coalesce((SELECT max(computed_at) FROM report_rollups WHERE scope <> ${SCOPE_ALL}), '-infinity') > coalesce((SELECT at FROM latest), '-infinity')
       AND coalesce((SELECT at FROM latest), '-infinity') <= ${now}::timestamptz - make_interval(mins => ${ACROSS_TENANTS_EVERY_MINUTES}) AS behind`);
  if (!state?.behind) return false;
  await rollUp({ allTenants: true }, now);
  return true;
}
