/** Creating, editing and suspending tenants: the platform operator's work, audited. */
import type { Actor } from "@/lib/auth/guard";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { ZTenantInput, type TenantInput } from "./tenant-input";

function requireOperator(actor: Actor) {
  if (actor.role !== "platform_admin") throw new AppError("forbidden", "errors.access.manageTenants");
}

function slugTaken(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}

export async function createTenant(actor: Actor, input: TenantInput): Promise<{ id: string }> {
  requireOperator(actor);
  const { contract, ...tenant } = ZTenantInput.parse(input);
  try {
    const created = await db().tenant.create({ data: { ...tenant, contract: { create: contract } }, select: { id: true } });
    await recordAudit({ action: "tenant.created", actorId: actor.id, actorRole: actor.role, tenantId: created.id, targetType: "tenant", targetId: created.id });
    return created;
  } catch (error) {
    if (slugTaken(error))
      throw new AppError("conflict", "errors.tenant.slugTaken", {
        params: { slug: tenant.slug },
        fields: [{ path: "slug", message: "errors.common.alreadyUsed" }],
      });
    throw error;
  }
}

export async function updateTenant(actor: Actor, tenantId: string, input: TenantInput): Promise<void> {
  requireOperator(actor);
  const { contract, ...tenant } = ZTenantInput.parse(input);
  try {
    await db().tenant.update({
      where: { id: tenantId },
      data: { ...tenant, contract: { upsert: { create: contract, update: contract } } },
    });
  } catch (error) {
    if (slugTaken(error)) throw new AppError("conflict", "errors.tenant.slugTaken", { params: { slug: tenant.slug } });
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2025") throw new AppError("not_found", "errors.tenant.notFound");
    throw error;
  }
  await recordAudit({ action: "tenant.updated", actorId: actor.id, actorRole: actor.role, tenantId, targetType: "tenant", targetId: tenantId });
}

export async function setTenantStatus(actor: Actor, tenantId: string, status: "active" | "suspended"): Promise<void> {
  requireOperator(actor);
  const { count } = await db().tenant.updateMany({ where: { id: tenantId }, data: { status } });
  if (!count) throw new AppError("not_found", "errors.tenant.notFound");
  await recordAudit({
    action: status === "suspended" ? "tenant.suspended" : "tenant.reactivated",
    actorId: actor.id,
    actorRole: actor.role,
    tenantId,
    targetType: "tenant",
    targetId: tenantId,
  });
}
