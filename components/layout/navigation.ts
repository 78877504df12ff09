import type { Role } from "@/lib/auth/roles";
import type { NavItem } from "./app-shell";

// Each role's menu lists only pages that exist and that the role may open.
export const EMPLOYEE_NAV: NavItem[] = [
  { href: "/cabinet", label: "cabinet" },
  { href: "/catalogue", label: "catalogue" },
  { href: "/cabinet/messages", label: "messages", showsUnread: true },
];
export const PRACTICE_NAV: NavItem[] = [
  { href: "/practice", label: "agenda" },
  { href: "/practice/calendar", label: "week" },
  { href: "/practice/clients", label: "clients", showsUnread: true },
  { href: "/practice/availability", label: "availability" },
  { href: "/practice/profile", label: "profile" },
];
export const HR_NAV: NavItem[] = [
  { href: "/hr", label: "hr" },
  { href: "/materials", label: "materials" },
];
export const TENANT_ADMIN_NAV: NavItem[] = [
  { href: "/manage", label: "manage" },
  { href: "/materials", label: "materials" },
];
export const PLATFORM_ADMIN_NAV: NavItem[] = [
  { href: "/admin", label: "overview" },
  { href: "/admin/psychologists", label: "psychologists" },
  { href: "/admin/reviews", label: "reviews" },
  { href: "/admin/reports", label: "reports" },
  { href: "/admin/outbox", label: "outbox" },
  { href: "/admin/keys", label: "keys" },
  { href: "/admin/risk", label: "risk" },
  { href: "/admin/crisis-lines", label: "crisisLines" },
  { href: "/admin/audit", label: "audit" },
];

export const NAV_BY_ROLE: Record<Role, NavItem[]> = {
  employee: EMPLOYEE_NAV,
  psychologist: PRACTICE_NAV,
  hr: HR_NAV,
  tenant_admin: TENANT_ADMIN_NAV,
  platform_admin: PLATFORM_ADMIN_NAV,
};
