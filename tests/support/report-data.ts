/** Bulk facts for report tests, written straight in SQL: a tenant with employees and their sessions. */
import { emailColumns } from "@/lib/auth/account-fields";
import { randomBytes, randomUUID } from "node:crypto";
import { db } from "@/lib/db/client";
import { createPsychologist, createTenant } from "./factories";

export interface ReportTenant {
  tenant: { id: string };
  /** Employees with accounts, in creation order. */
  employees: string[];
  /** Registry entries without an account. */
  unregistered: string[];
  psychologistId: string;
}

export const PROGRAMME_START = new Date("2026-01-01T00:00:00Z");

export async function createReportTenant(options: { registered: number; unregistered?: number; minGroup?: number }): Promise<ReportTenant> {
  const tenant = await createTenant({ reportMinGroupSize: options.minGroup ?? 10 });
  await db().tenant.update({ where: { id: tenant.id }, data: { createdAt: PROGRAMME_START, timeZone: "UTC" } });
  const { profile } = await createPsychologist({ directions: ["psychology", "legal"] });
  const entries = (count: number) =>
    Array.from({ length: count }, () => ({
      id: randomUUID(),
      tenantId: tenant.id,
      identifierHash: new Uint8Array(randomBytes(32)),
      createdAt: PROGRAMME_START,
    }));
  const withAccounts = entries(options.registered);
  const without = entries(options.unregistered ?? 20);
  await db().registryEntry.createMany({ data: [...withAccounts, ...without] });
  const employees = withAccounts.map(() => randomUUID());
  await db().user.createMany({
    data: employees.map((id, i) => ({
      ...emailColumns(id, `report-${id}@example.test`),
      id,
      passwordHash: "x",
      role: "employee" as const,
      tenantId: tenant.id,
      registryEntryId: withAccounts[i]!.id,
      createdAt: PROGRAMME_START,
      emailConfirmedAt: PROGRAMME_START,
    })),
  });
  return { tenant, employees, unregistered: without.map((e) => e.id), psychologistId: profile.id };
}

export interface SessionSpec {
  employeeId: string;
  startsAt: Date;
  topic?: string;
  format?: "chat" | "audio" | "video";
  direction?: "psychology" | "legal";
  status?: "completed" | "no_show" | "cancelled";
}

// One psychologist serves every test session: each is moved to the next free hour, as the
// no-overlap constraint requires, without leaving its day in practice (tests use a few per day).
const taken = new Map<string, Set<number>>();
function freeHour(psychologistId: string, wanted: Date): Date {
  const hours = taken.get(psychologistId) ?? new Set<number>();
  taken.set(psychologistId, hours);
  let start = Math.floor(wanted.getTime() / 3_600_000);
  while (hours.has(start)) start += 1;
  hours.add(start);
  return new Date(start * 3_600_000);
}

export async function addSessions(target: ReportTenant, specs: SessionSpec[]): Promise<string[]> {
  const sessions = specs.map((s) => ({ ...s, startsAt: freeHour(target.psychologistId, s.startsAt) }));
  const rows = sessions.map((s) => ({
    id: randomUUID(),
    tenantId: target.tenant.id,
    employeeId: s.employeeId,
    psychologistId: target.psychologistId,
    direction: s.direction ?? "psychology",
    format: s.format ?? "video",
    startsAt: s.startsAt,
    endsAt: new Date(s.startsAt.getTime() + 50 * 60_000),
    createdAt: new Date(s.startsAt.getTime() - 3 * 86_400_000),
    status: s.status ?? "completed",
    topic: (s.status ?? "completed") === "completed" ? (s.topic ?? "anxiety") : null,
    cancelledBy: s.status === "cancelled" ? ("employee" as const) : null,
  }));
  await db().appointment.createMany({ data: rows });
  return rows.map((r) => r.id);
}

/** A deterministic pseudo-random generator, so a generated tenant is the same on every run. */
export function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}
