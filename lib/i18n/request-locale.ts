/** This request's language (lib/i18n/locales says in which order the sources count). */
import { cache } from "react";
import { cookies, headers } from "next/headers";
import { currentActorOrNull } from "@/lib/auth/guard";
import { getPublicTenant } from "@/lib/tenants/get-public-tenant";
import { LOCALE_COOKIE, negotiateLocale, type Locale } from "./locales";

/** A signed-out visitor on an employer's page (/t/<slug>) gets that employer's language. */
async function tenantLocaleOfPath(path: string | null): Promise<string | null> {
  const slug = /^\/t\/([^/?#]+)/.exec(path ?? "")?.[1];
  return slug ? ((await getPublicTenant(decodeURIComponent(slug)))?.locale ?? null) : null;
}

export const requestLocale = cache(async (): Promise<Locale> => {
  const [cookieStore, headerStore, actor] = await Promise.all([cookies(), headers(), currentActorOrNull()]);
  return negotiateLocale({
    account: actor?.savedLocale,
    cookie: cookieStore.get(LOCALE_COOKIE)?.value,
    tenant: actor ? actor.tenantLocale : await tenantLocaleOfPath(headerStore.get("x-harbor-path")),
    acceptLanguage: headerStore.get("accept-language"),
  });
});
