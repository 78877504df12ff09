/** What anyone may know about a tenant from its landing link: its name, whether it is open, and what its programme covers. */
import { cache } from "react";
import { db } from "@/lib/db/client";
import type { Direction, SessionFormat } from "@/lib/generated/prisma/enums";

export interface PublicTenant {
  slug: string;
  name: string;
  open: boolean;
  locale: string;
  /** What the programme offers each employee (null while the contract is not set up). */
  programme: { sessionsPerYear: number; directions: Direction[]; formats: SessionFormat[] } | null;
}

// Cached per request: the page and the request's language (lib/i18n/request-locale) both ask.
export const getPublicTenant = cache(async (slug: string): Promise<PublicTenant | null> => {
  if (!/^[a-z0-9-]{1,64}$/.test(slug)) return null;
  const tenant = await db().tenant.findUnique({
    where: { slug },
    select: { slug: true, name: true, status: true, locale: true, contract: { select: { sessionsPerYear: true, directions: true, formats: true } } },
  });
  return tenant && { slug: tenant.slug, name: tenant.name, open: tenant.status === "active", locale: tenant.locale, programme: tenant.contract };
});
