/** The aggregate SQL behind HR reports, kept in one place. Only counts ever leave these queries. */
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Cell } from "./suppression";
import type { Period } from "./periods";

export type Dimension = "topic" | "format" | "direction";

const DIMENSION_SQL: Record<Dimension, Prisma.Sql> = {
  topic: Prisma.sql`COALESCE(a.topic, 'untagged')`,
  format: Prisma.sql`a.format::text`,
  direction: Prisma.sql`a.direction::text`,
};

export interface Headline {
  eligibleIdentifiers: number;
  registeredEmployees: number;
  employeesConsulted: number;
  sessionsHeld: number;
}

export async function headlineQuery(tenantId: string, period: Period): Promise<Headline> {
  const [row] = await db().$queryRaw<{ eligible: bigint; registered: bigint; consulted: bigint; sessions: bigint }[]>`
    SELECT
      (SELECT count(*) FROM registry_entries r WHERE r.tenant_id = ${tenantId}::uuid AND r.status = 'active') AS eligible,
      (SELECT count(*) FROM users u JOIN registry_entries r ON r.id = u.registry_entry_id
         WHERE u.tenant_id = ${tenantId}::uuid AND u.role = 'employee' AND r.status = 'active') AS registered,
      count(DISTINCT a.employee_id) AS consulted,
      count(*) AS sessions
    FROM appointments a
    WHERE a.tenant_id = ${tenantId}::uuid AND a.status = 'completed'
      AND a.starts_at >= ${period.start} AND a.starts_at < ${period.end}`;
  return {
    eligibleIdentifiers: Number(row?.eligible ?? 0),
    registeredEmployees: Number(row?.registered ?? 0),
    employeesConsulted: Number(row?.consulted ?? 0),
    sessionsHeld: Number(row?.sessions ?? 0),
  };
}

export async function breakdownQuery(tenantId: string, period: Period, dimension: Dimension): Promise<Cell[]> {
  const rows = await db().$queryRaw<{ key: string; sessions: bigint; employees: bigint }[]>`
    SELECT ${DIMENSION_SQL[dimension]} AS key, count(*) AS sessions, count(DISTINCT a.employee_id) AS employees
    FROM appointments a
    WHERE a.tenant_id = ${tenantId}::uuid AND a.status = 'completed'
      AND a.starts_at >= ${period.start} AND a.starts_at < ${period.end}
    GROUP BY 1`;
  return rows.map((r) => ({ key: r.key, value: Number(r.sessions), employees: Number(r.employees) }));
}
