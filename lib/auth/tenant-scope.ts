/**
 * Tenant scoping in one place: every query on tenant-owned rows spreads this into its `where`,
 * so a record of another tenant is simply not found — never "check, then fetch by id".
 */
import { AppError } from "@/lib/errors";
import type { Actor } from "./guard";

export function tenantScope(actor: Actor): { tenantId?: string } {
  if (actor.role === "platform_admin") return {};
  if (actor.tenantId && (actor.role === "employee" || actor.role === "hr" || actor.role === "tenant_admin")) {
    return { tenantId: actor.tenantId };
  }
  throw new AppError("forbidden", "errors.access.employerData");
}

/** The same rule for the tenants table itself, whose key is `id`. */
export function tenantRowScope(actor: Actor): { id?: string } {
  const { tenantId } = tenantScope(actor);
  return tenantId ? { id: tenantId } : {};
}
