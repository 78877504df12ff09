/** The platform's tenants with their size, for the operator. */
import type { Actor } from "@/lib/auth/guard";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";

export async function listTenants(actor: Actor) {
  if (actor.role !== "platform_admin") throw new AppError("forbidden", "errors.access.listTenants");
  const tenants = await db().tenant.findMany({
    orderBy: { name: "asc" },
    select: { id: true, slug: true, name: true, status: true, contract: { select: { sessionsPerYear: true, directions: true, formats: true } } },
  });
  const counts = await db().registryEntry.groupBy({ by: ["tenantId"], where: { status: "active" }, _count: { _all: true } });
  const byTenant = new Map(counts.map((c) => [c.tenantId, c._count._all]));
  return tenants.map((t) => ({ ...t, activeIdentifiers: byTenant.get(t.id) ?? 0 }));
}
