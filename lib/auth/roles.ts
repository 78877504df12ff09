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
