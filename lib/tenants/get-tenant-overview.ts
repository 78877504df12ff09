/**
 * A tenant as its administrators see it: the contract, registry size and import history. Counts
 * only: no identifier, no account and no booking is listed. How many have registered is the
 * newest released month's report figure, never an exact count: an employer who removes one identifier and
 * watched an exact count fall would learn whether that person has an account.
 */
import { openAlias, openEmail } from "@/lib/auth/account-fields";
import type { Actor } from "@/lib/auth/guard";
import { tenantRowScope } from "@/lib/auth/tenant-scope";
import { db } from "@/lib/db/client";
import { z } from "zod";
import { AppError } from "@/lib/errors";
import { readNewestMonthReport } from "@/lib/reports/get-report";
import { effectiveMinGroup } from "@/lib/reports/min-group";

export async function getTenantOverview(actor: Actor, tenantId: string) {
  if (actor.role !== "tenant_admin" && actor.role !== "platform_admin") throw new AppError("forbidden", "errors.access.manageTenant");
  // A malformed id (from a URL) is simply an organisation that does not exist.
  if (!z.uuid().safeParse(tenantId).success) throw new AppError("not_found", "errors.tenant.notFound");
  // The scope is part of the query: another tenant's id simply finds nothing.
  const tenant = await db().tenant.findFirst({
    where: { AND: [{ id: tenantId }, tenantRowScope(actor)] },
    select: {
      id: true,
      slug: true,
      name: true,
      locale: true,
      timeZone: true,
      country: true,
      hotlineName: true,
      hotlinePhone: true,
      status: true,
      contract: true,
    },
  });
  if (!tenant) throw new AppError("not_found", "errors.tenant.notFound");

  const [active, removed, report, imports] = await Promise.all([
    db().registryEntry.count({ where: { tenantId: tenant.id, status: "active" } }),
    db().registryEntry.count({ where: { tenantId: tenant.id, status: "removed" } }),
    readNewestMonthReport({ tenantId: tenant.id }),
    db().registryImport.findMany({
      where: { tenantId: tenant.id },
      orderBy: { startedAt: "desc" },
      take: 20,
      select: {
        id: true,
        mode: true,
        dryRun: true,
        status: true,
        total: true,
        added: true,
        unchanged: true,
        reactivated: true,
        removed: true,
        rejected: true,
        startedAt: true,
        uploadedBy: { select: { id: true, displayNameSealed: true, emailSealed: true } },
      },
    }),
  ]);
  return {
    tenant,
    registry: {
      active,
      removed,
      registered: report?.figures.employeesRegistered ?? null,
      minGroup: report?.minGroup ?? effectiveMinGroup(tenant.contract?.reportMinGroupSize),
    },
    imports: imports.map(({ uploadedBy, ...row }) => ({
      ...row,
      uploadedBy: uploadedBy && { displayName: openAlias(uploadedBy), email: openEmail(uploadedBy) },
    })),
  };
}
