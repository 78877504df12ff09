/** What anyone may know about a tenant from its landing link: its name, and whether it is open. */
import { cache } from "react";
import { db } from "@/lib/db/client";

// Cached per request: the page and the request's language (lib/i18n/request-locale) both ask.
export const getPublicTenant = cache(async (slug: string): Promise<{ slug: string; name: string; open: boolean; locale: string } | null> => {
  if (!/^[a-z0-9-]{1,64}$/.test(slug)) return null;
  const tenant = await db().tenant.findUnique({ where: { slug }, select: { slug: true, name: true, status: true, locale: true } });
  return tenant && { slug: tenant.slug, name: tenant.name, open: tenant.status === "active", locale: tenant.locale };
});
