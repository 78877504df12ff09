/**
 * Which roles may open each signed-in page. Pages pass their entry to guardPage, and the
 * end-to-end suite walks this table to try every other role against every page.
 */
import type { Role } from "./roles";

export const ROUTE_ROLES = {
  "/home": ["employee", "psychologist", "hr", "tenant_admin", "platform_admin"],
  "/account/password": ["employee", "psychologist", "hr", "tenant_admin", "platform_admin"],
  "/account/security": ["employee", "psychologist", "hr", "tenant_admin", "platform_admin"],
  "/cabinet": ["employee"],
  "/catalogue": ["employee"],
  "/catalogue/match": ["employee"],
  "/cabinet/messages": ["employee"],
  "/practice": ["psychologist"],
  "/practice/profile": ["psychologist"],
  "/practice/availability": ["psychologist"],
  "/practice/calendar": ["psychologist"],
  "/practice/clients": ["psychologist"],
  "/hr": ["hr"],
  "/manage": ["tenant_admin"],
  "/materials": ["hr", "tenant_admin"],
  "/admin": ["platform_admin"],
  "/admin/tenants/new": ["platform_admin"],
  "/admin/psychologists": ["platform_admin"],
  "/admin/reviews": ["platform_admin"],
  "/admin/outbox": ["platform_admin"],
  "/admin/keys": ["platform_admin"],
  "/admin/audit": ["platform_admin"],
  "/admin/reports": ["platform_admin"],
  "/admin/crisis-lines": ["platform_admin"],
  "/admin/risk": ["platform_admin"],
} as const satisfies Record<string, readonly Role[]>;

export type GuardedRoute = keyof typeof ROUTE_ROLES;
