import Link from "next/link";
import { buttonClass } from "@/components/ui/button";
import { AppShell } from "@/components/layout/app-shell";
import { PLATFORM_ADMIN_NAV } from "@/components/layout/navigation";
import { Card, EmptyState, Stat } from "@/components/ui/card";
import { ROUTE_ROLES } from "@/lib/auth/route-roles";
import { guardPage } from "@/lib/auth/page-guard";
import { listAuditEvents } from "@/lib/audit/list-audit-events";
import { countPsychologistsByStatus } from "@/lib/catalogue/count-psychologists";
import { formatDateTime } from "@/lib/format";
import { DELIVERY_HEALTH_DAYS, getEmailDeliveryHealth } from "@/lib/notifications/email-delivery-health";
import { listTenants } from "@/lib/tenants/list-tenants";

export const metadata = { title: "Platform overview" };

export default async function AdminPage() {
  const actor = await guardPage(ROUTE_ROLES["/admin"]);
  const [tenants, psychologists, events, delivery] = await Promise.all([
    listTenants(actor),
    countPsychologistsByStatus(actor),
    listAuditEvents(actor, { limit: 20 }),
    getEmailDeliveryHealth(actor),
  ]);
  return (
    <AppShell actor={actor} nav={PLATFORM_ADMIN_NAV} title="Platform overview">
      <dl className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
        <Stat label="Tenants" value={tenants.length} />
        <Stat
          label="Published specialists"
          value={psychologists.published ?? 0}
          hint={`${psychologists.draft ?? 0} draft · ${psychologists.hidden ?? 0} hidden`}
        />
        <Stat label="Identifiers in registries" value={tenants.reduce((sum, t) => sum + t.activeIdentifiers, 0)} />
        <Stat
          label={`Undelivered e-mails (${DELIVERY_HEALTH_DAYS} days)`}
          value={delivery.failed}
          hint={
            delivery.failed
              ? `Latest: ${delivery.latestError?.slice(0, 160) ?? "no reason recorded"}. Check SMTP_URL and the mail server.`
              : "Every e-mail was delivered or is on its way."
          }
        />
      </dl>
      <Card
        title="Tenants"
        action={
          <Link href="/admin/tenants/new" className={buttonClass("secondary")}>
            New tenant
          </Link>
        }
      >
        <table className="responsive-table w-full text-sm" data-testid="tenants">
          <thead>
            <tr className="text-left text-slate-600">
              <th className="py-2">Name</th>
              <th>Slug</th>
              <th>Status</th>
              <th className="text-right">Identifiers</th>
              <th className="text-right">Sessions / year</th>
            </tr>
          </thead>
          <tbody>
            {tenants.map((t) => (
              <tr key={t.id} className="border-t border-slate-100">
                <td data-label="Name" className="py-2 font-medium">
                  <Link href={`/admin/tenants/${t.id}`} className="text-harbor-700 underline">
                    {t.name}
                  </Link>
                </td>
                <td data-label="Slug">{t.slug}</td>
                <td data-label="Status">{t.status}</td>
                <td data-label="Identifiers" className="text-right">
                  {t.activeIdentifiers}
                </td>
                <td data-label="Sessions / year" className="text-right">
                  {t.contract?.sessionsPerYear ?? "—"}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </Card>
      <Card title="Recent audit events">
        {events.length === 0 ? (
          <EmptyState>No events yet.</EmptyState>
        ) : (
          <ul className="divide-y divide-slate-100 text-sm">
            {events.map((e) => (
              <li key={e.id} className="flex flex-wrap justify-between gap-2 py-2">
                <span className="font-mono text-xs">{e.action}</span>
                <span className="text-slate-600">
                  {e.actorRole ?? "system"} · {formatDateTime(e.at, "UTC")} UTC
                </span>
              </li>
            ))}
          </ul>
        )}
      </Card>
    </AppShell>
  );
}
