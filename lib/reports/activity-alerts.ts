/**
 * Bursts that look like an employer manufacturing records to move its own figures — many accounts
 * registered, or many late cancellations, in one tenant within a day — reach the platform admin.
 * They cannot unlock anything (decision 0007: such records never decide publication and the noise
 * holds), but they are a sign of an employer probing, worth a conversation. Counts only: no account
 * is named.
 */
import { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/auth/guard";
import { sqlRows } from "@/lib/db/sql";
import { AppError } from "@/lib/errors";

export const ACTIVITY_ALERT_KINDS = ["registrations", "lateCancellations"] as const;
export type ActivityAlertKind = (typeof ACTIVITY_ALERT_KINDS)[number];

/** What a day in one tenant must reach to be a burst: far above what a normal day of even a large employer brings. */
export const BURST_PER_DAY: Readonly<Record<ActivityAlertKind, number>> = { registrations: 25, lateCancellations: 10 };
const WINDOW_HOURS = 24;

/** Raises an alert for each tenant and kind over its threshold in the last 24 hours, once per day; returns how many it raised. */
export async function raiseActivityAlerts(now = new Date()): Promise<number> {
  const raised = await sqlRows<{ id: string }>(Prisma.sql`
    WITH since AS (SELECT ${now}::timestamptz - make_interval(hours => ${WINDOW_HOURS}) AS at),
    counts AS (
      SELECT u.tenant_id, 'registrations' AS kind, count(*)::int AS n FROM users u, since
      WHERE u.role = 'employee' AND u.tenant_id IS NOT NULL AND u.created_at > since.at AND u.created_at <= ${now} GROUP BY u.tenant_id
      UNION ALL
      SELECT a.tenant_id, 'lateCancellations', count(*)::int FROM appointments a, since
      WHERE a.status = 'cancelled' AND a.cancelled_by = 'employee' AND a.counts_against_quota AND a.cancelled_at > since.at AND a.cancelled_at <= ${now}
      GROUP BY a.tenant_id
    )
    INSERT INTO platform_alerts (id, tenant_id, kind, count, window_end)
    SELECT gen_random_uuid(), c.tenant_id, c.kind, c.n, ${now} FROM counts c, since
    WHERE c.n >= CASE c.kind WHEN 'registrations' THEN ${BURST_PER_DAY.registrations}::int ELSE ${BURST_PER_DAY.lateCancellations}::int END
      AND NOT EXISTS (SELECT 1 FROM platform_alerts p WHERE p.tenant_id = c.tenant_id AND p.kind = c.kind AND p.window_end > since.at)
    RETURNING id`);
  return raised.length;
}

export interface ActivityAlert {
  id: string;
  tenantName: string;
  kind: ActivityAlertKind;
  count: number;
  windowEnd: Date;
}

/** The last 30 days' alerts, newest first: the platform admin's queue. */
export async function listActivityAlerts(actor: Actor, now = new Date()): Promise<ActivityAlert[]> {
  if (actor.role !== "platform_admin") throw new AppError("forbidden", "errors.access.platformOnly");
  const rows = await sqlRows<{ id: string; tenant_name: string; kind: ActivityAlertKind; count: number; window_end: Date }>(Prisma.sql`
    SELECT p.id, t.name AS tenant_name, p.kind, p.count, p.window_end FROM platform_alerts p JOIN tenants t ON t.id = p.tenant_id
    WHERE p.created_at > ${now}::timestamptz - interval '30 days' ORDER BY p.window_end DESC LIMIT 100`);
  return rows.map((row) => ({ id: row.id, tenantName: row.tenant_name, kind: row.kind, count: row.count, windowEnd: row.window_end }));
}
