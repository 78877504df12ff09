import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { buttonClass } from "@/components/ui/button";
import { AppShell } from "@/components/layout/app-shell";
import { PLATFORM_ADMIN_NAV } from "@/components/layout/navigation";
import { Card, EmptyState, Stat } from "@/components/ui/card";
import { ROUTE_ROLES } from "@/lib/auth/route-roles";
import { guardPage } from "@/lib/auth/page-guard";
import { listAuditEvents } from "@/lib/audit/list-audit-events";
import { countPsychologistsByStatus } from "@/lib/catalogue/count-psychologists";
import { requestFormats } from "@/lib/i18n/server-formats";
import { DELIVERY_HEALTH_DAYS, getEmailDeliveryHealth } from "@/lib/notifications/email-delivery-health";
import { listTenants } from "@/lib/tenants/list-tenants";

export async function generateMetadata() {
  return { title: (await getTranslations("admin"))("title") };
}

export default async function AdminPage() {
  const actor = await guardPage(ROUTE_ROLES["/admin"]);
  const [tenants, psychologists, events, delivery, t, tr, f] = await Promise.all([
    listTenants(actor),
    countPsychologistsByStatus(actor),
    listAuditEvents(actor, { limit: 20 }),
    getEmailDeliveryHealth(actor),
    getTranslations("admin"),
    getTranslations("roles"),
    requestFormats("UTC"),
  ]);
  return (
    <AppShell actor={actor} nav={PLATFORM_ADMIN_NAV} title={t("title")}>
      <dl className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
        <Stat label={t("tenants")} value={tenants.length} />
        <Stat
          label={t("published")}
          value={psychologists.published ?? 0}
          hint={t("draftHidden", { draft: psychologists.draft ?? 0, hidden: psychologists.hidden ?? 0 })}
        />
        <Stat label={t("identifiers")} value={f.number(tenants.reduce((sum, tenant) => sum + tenant.activeIdentifiers, 0))} />
        <Stat
          label={t("undelivered", { days: DELIVERY_HEALTH_DAYS })}
          value={delivery.failed}
          hint={delivery.failed ? t("undeliveredHint", { error: delivery.latestError?.slice(0, 160) ?? t("noReason") }) : t("allDelivered")}
        />
      </dl>
      <Card
        title={t("tenants")}
        action={
          <Link href="/admin/tenants/new" className={buttonClass("secondary")}>
            {t("newTenant")}
          </Link>
        }
      >
        <table className="responsive-table w-full text-sm" data-testid="tenants">
          <thead>
            <tr className="text-left text-slate-600">
              <th className="py-2">{t("name")}</th>
              <th>{t("slug")}</th>
              <th>{t("status")}</th>
              <th className="text-right">{t("identifiersColumn")}</th>
              <th className="text-right">{t("sessionsPerYear")}</th>
            </tr>
          </thead>
          <tbody>
            {tenants.map((tenant) => (
              <tr key={tenant.id} className="border-t border-slate-100">
                <td data-label={t("name")} className="py-2 font-medium">
                  <Link href={`/admin/tenants/${tenant.id}`} className="text-harbor-700 underline">
                    {tenant.name}
                  </Link>
                </td>
                <td data-label={t("slug")}>{tenant.slug}</td>
                <td data-label={t("status")}>{t(`tenantStatus.${tenant.status}`)}</td>
                <td data-label={t("identifiersColumn")} className="text-right">
                  {f.number(tenant.activeIdentifiers)}
                </td>
                <td data-label={t("sessionsPerYear")} className="text-right">
                  {tenant.contract?.sessionsPerYear ?? "—"}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </Card>
      <Card
        title={t("audit")}
        action={
          <Link href="/admin/audit" className={buttonClass("secondary")}>
            {t("allEvents")}
          </Link>
        }
      >
        {events.length === 0 ? (
          <EmptyState>{t("noEvents")}</EmptyState>
        ) : (
          <ul className="divide-y divide-slate-100 text-sm">
            {events.map((e) => (
              <li key={e.id} className="flex flex-wrap justify-between gap-2 py-2">
                <span>{t.has(`auditAction.${e.action}`) ? t(`auditAction.${e.action}` as never) : e.action}</span>
                <span className="text-slate-600">
                  {e.actorRole && tr.has(e.actorRole) ? tr(e.actorRole) : t("system")} · {f.dateTime(e.at)} UTC
                </span>
              </li>
            ))}
          </ul>
        )}
      </Card>
    </AppShell>
  );
}
