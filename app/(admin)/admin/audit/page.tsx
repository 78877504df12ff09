import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { AuditEventList } from "@/components/admin/audit-event-list";
import { AuditFilterForm } from "@/components/admin/audit-filter-form";
import { AppShell } from "@/components/layout/app-shell";
import { PLATFORM_ADMIN_NAV } from "@/components/layout/navigation";
import { buttonClass } from "@/components/ui/button";
import { Card, EmptyState } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import { auditLogHref, searchAuditLog, ZAuditFilter, type AuditPage } from "@/lib/audit/list-audit-events";
import { guardPage } from "@/lib/auth/page-guard";
import { ROUTE_ROLES } from "@/lib/auth/route-roles";
import { errorText } from "@/lib/i18n/error-text";
import { listTenants } from "@/lib/tenants/list-tenants";

export async function generateMetadata() {
  return { title: (await getTranslations("audit"))("title") };
}

type Search = Record<string, string | string[] | undefined>;

export default async function AuditPage({ searchParams }: { searchParams: Promise<Search> }) {
  const actor = await guardPage(ROUTE_ROLES["/admin/audit"]);
  const raw = Object.fromEntries(Object.entries(await searchParams).map(([key, value]) => [key, Array.isArray(value) ? value[0] : value]));
  const parsed = ZAuditFilter.safeParse(raw);
  const [t, render, tenants] = await Promise.all([getTranslations("audit"), errorText(), listTenants(actor)]);
  const errors = parsed.success ? {} : Object.fromEntries(parsed.error.issues.map((issue) => [String(issue.path[0]), render.issue(issue)]));
  const page = parsed.success ? await searchAuditLog(actor, parsed.data) : null;
  const olderLink = page?.olderBefore ? auditLogHref({ ...raw, before: page.olderBefore }) : null;
  return (
    <AppShell actor={actor} nav={PLATFORM_ADMIN_NAV} title={t("title")}>
      <p className="text-sm text-slate-700">{t("intro")}</p>
      <Card>
        <AuditFilterForm values={raw} tenants={tenants} errors={errors} />
      </Card>
      <Card>
        {page ? <AuditResults page={page} tenants={tenants} /> : <Notice tone="error">{t("correctFilters")}</Notice>}
        <div className="mt-3 flex flex-wrap gap-2">
          {raw.before && (
            <Link href={auditLogHref({ ...raw, before: undefined })} className={buttonClass("secondary")}>
              {t("newest")}
            </Link>
          )}
          {olderLink && (
            <Link href={olderLink} className={buttonClass("secondary")}>
              {t("older")}
            </Link>
          )}
        </div>
      </Card>
    </AppShell>
  );
}

async function AuditResults({ page, tenants }: { page: AuditPage; tenants: { id: string; name: string }[] }) {
  const t = await getTranslations("audit");
  if (page.unknownActor) return <EmptyState>{t("unknownActor")}</EmptyState>;
  if (page.events.length === 0) return <EmptyState>{t("none")}</EmptyState>;
  return <AuditEventList events={page.events} tenantNames={new Map(tenants.map((tenant) => [tenant.id, tenant.name]))} />;
}
