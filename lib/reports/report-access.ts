/**
 * Who may read which scope's reports: HR and the tenant admin their own tenant, the platform admin
 * any tenant or all of them, an HR API token the tenant it was made in. Everything else is refused.
 */
import type { Actor } from "@/lib/auth/guard";
import { AppError } from "@/lib/errors";
import { z } from "zod";
import type { Scope } from "./month-facts";

export const REPORT_ROLES = ["hr", "tenant_admin", "platform_admin"] as const;

const ZRequestedScope = z.union([z.literal("all"), z.uuid()], { error: "errors.reports.chooseTenant" });

/** The scope an actor reads; the platform admin names it (a tenant id or "all"), others have theirs. */
export function reportScopeFor(actor: Actor, requested?: string | null): Scope {
  if (actor.role === "platform_admin") {
    if (!requested) throw new AppError("bad_request", "errors.reports.chooseTenant");
    const value = ZRequestedScope.parse(requested);
    return value === "all" ? { allTenants: true } : { tenantId: value };
  }
  if ((actor.role === "hr" || actor.role === "tenant_admin") && actor.tenantId) return { tenantId: actor.tenantId };
  throw new AppError("forbidden", "errors.access.reports");
}
