/**
 * Who may open which signed-in page, written out by hand from the product's rules (ARCHITECTURE.md:
 * roles), role by role — not read from lib/auth/route-roles.ts, the table under test. The guard's
 * and the journeys' role-by-route tests compare the app against this, and fail when a page is in
 * one and not the other.
 */
import type { Role } from "@/lib/auth/roles";

const EVERYONE = ["/home", "/account/password", "/account/security"];

export const PAGES_OF_ROLE: Record<Role, string[]> = {
  employee: [...EVERYONE, "/cabinet", "/cabinet/messages", "/catalogue", "/catalogue/match"],
  psychologist: [...EVERYONE, "/practice", "/practice/profile", "/practice/availability", "/practice/calendar", "/practice/clients"],
  // HR sees aggregate reports only: no person's page, no catalogue, no administration.
  hr: [...EVERYONE, "/hr", "/materials"],
  tenant_admin: [...EVERYONE, "/manage", "/materials"],
  platform_admin: [
    ...EVERYONE,
    "/admin",
    "/admin/tenants/new",
    "/admin/psychologists",
    "/admin/reviews",
    "/admin/outbox",
    "/admin/reports",
    "/admin/keys",
    "/admin/audit",
    "/admin/crisis-lines",
    "/admin/risk",
  ],
};

export const ALL_ROLES = Object.keys(PAGES_OF_ROLE) as Role[];
export const ALL_PAGES = [...new Set(Object.values(PAGES_OF_ROLE).flat())].sort();

export function mayOpen(role: Role, page: string): boolean {
  return PAGES_OF_ROLE[role].includes(page);
}
