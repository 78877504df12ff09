import type { Role } from "@/lib/generated/prisma/enums";

export type { Role };

/** Where each role lands after signing in. */
export const HOME_BY_ROLE: Record<Role, string> = {
  employee: "/cabinet",
  psychologist: "/practice",
  hr: "/hr",
  tenant_admin: "/manage",
  platform_admin: "/admin",
};

/** Roles that reach other people's data: they sign in with a second factor, and set one up before anything else. */
export const SECOND_FACTOR_ROLES: readonly Role[] = ["psychologist", "hr", "tenant_admin", "platform_admin"];
