/** "N of M sessions used" for an employee's current contract year. */
import type { Actor } from "@/lib/auth/guard";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { contractYearAt, type ContractYear } from "./contract-year";

export interface QuotaUsage extends ContractYear {
  used: number;
  total: number;
  /** Cancelling closer than this to the start still uses the session. */
  lateCancelHours: number;
}

export async function getQuotaUsage(actor: Actor, now = new Date()): Promise<QuotaUsage> {
  if (actor.role !== "employee" || !actor.tenantId) throw new AppError("forbidden", "errors.access.employeesAllowance");
  const tenant = await db().tenant.findUniqueOrThrow({ where: { id: actor.tenantId }, select: { timeZone: true, contract: true } });
  if (!tenant.contract) throw new AppError("unavailable", "errors.booking.noContractYet");
  const year = contractYearAt(now, tenant.contract, tenant.timeZone);
  // Booked, held and late-cancelled sessions all use the allowance; free cancellations do not.
  const used = await db().appointment.count({
    where: { employeeId: actor.id, countsAgainstQuota: true, startsAt: { gte: year.start, lt: year.end } },
  });
  return { ...year, used, total: tenant.contract.sessionsPerYear, lateCancelHours: tenant.contract.lateCancelHours };
}
