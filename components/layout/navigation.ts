import type { Role } from "@/lib/auth/roles";
import type { NavItem } from "./app-shell";

// Each role's menu lists only pages that exist and that the role may open.
export const EMPLOYEE_NAV: NavItem[] = [
  { href: "/cabinet", label: "My cabinet" },
  { href: "/catalogue", label: "Find a specialist" },
];
export const PRACTICE_NAV: NavItem[] = [
  { href: "/practice", label: "Agenda" },
  { href: "/practice/calendar", label: "Week" },
  { href: "/practice/availability", label: "Availability" },
  { href: "/practice/profile", label: "My profile" },
];
export const HR_NAV: NavItem[] = [{ href: "/hr", label: "Programme statistics" }];
export const TENANT_ADMIN_NAV: NavItem[] = [{ href: "/manage", label: "Programme" }];
export const PLATFORM_ADMIN_NAV: NavItem[] = [
  { href: "/admin", label: "Overview" },
  { href: "/admin/psychologists", label: "Psychologists" },
  { href: "/admin/reviews", label: "Reviews" },
  { href: "/admin/outbox", label: "E-mail outbox" },
];

export const NAV_BY_ROLE: Record<Role, NavItem[]> = {
  employee: EMPLOYEE_NAV,
  psychologist: PRACTICE_NAV,
  hr: HR_NAV,
  tenant_admin: TENANT_ADMIN_NAV,
  platform_admin: PLATFORM_ADMIN_NAV,
};
