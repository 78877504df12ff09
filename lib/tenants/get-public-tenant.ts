/** What anyone may know about a tenant from its landing link: its name, and whether it is open. */
import { db } from "@/lib/db/client";

export async function getPublicTenant(slug: string): Promise<{ slug: string; name: string; open: boolean; locale: string } | null> {
  if (!/^[a-z0-9-]{1,64}$/.test(slug)) return null;
  const tenant = await db().tenant.findUnique({ where: { slug }, select: { slug: true, name: true, status: true, locale: true } });
  return tenant && { slug: tenant.slug, name: tenant.name, open: tenant.status === "active", locale: tenant.locale };
}
