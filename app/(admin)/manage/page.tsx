import { AppShell } from "@/components/layout/app-shell";
import { TENANT_ADMIN_NAV } from "@/components/layout/navigation";
import { Card, EmptyState, Stat } from "@/components/ui/card";
import { ROUTE_ROLES } from "@/lib/auth/route-roles";
import { guardPage } from "@/lib/auth/page-guard";
import { DIRECTION_LABEL, FORMAT_LABEL } from "@/lib/catalogue/vocabulary";
import { RegistrySection } from "@/components/registry/registry-section";
import { getTenantOverview } from "@/lib/tenants/get-tenant-overview";

export const metadata = { title: "Programme" };

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

export default async function ManagePage() {
  const actor = await guardPage(ROUTE_ROLES["/manage"]);
  const { tenant, registry, imports } = await getTenantOverview(actor, actor.tenantId!);
  const contract = tenant.contract;
  return (
    <AppShell actor={actor} nav={TENANT_ADMIN_NAV} title={tenant.name}>
      <dl className="grid gap-3 sm:grid-cols-3">
        <Stat label="Identifiers in the registry" value={registry.active} hint={registry.removed ? `${registry.removed} removed` : undefined} />
        <Stat label="Registered accounts" value={registry.registered} />
        <Stat label="Sessions per employee per year" value={contract?.sessionsPerYear ?? "—"} />
      </dl>
      <Card title="Contract">
        {contract ? (
          <dl className="grid gap-x-6 gap-y-2 text-sm sm:grid-cols-2">
            <Row term="Directions" value={contract.directions.map((d) => DIRECTION_LABEL[d]).join(", ")} />
            <Row term="Formats" value={contract.formats.map((f) => FORMAT_LABEL[f]).join(", ")} />
            <Row term="Contract year starts" value={`${contract.yearStartDay} ${MONTHS[contract.yearStartMonth - 1]}`} />
            <Row term="Late cancellation window" value={`${contract.lateCancelHours} hours`} />
            <Row term="Smallest group in reports" value={`${contract.reportMinGroupSize} employees`} />
            <Row term="Access after leaving the registry" value={contract.registryGraceDays ? `${contract.registryGraceDays} days` : "Ends at once"} />
            <Row term="Time zone" value={tenant.timeZone} />
          </dl>
        ) : (
          <EmptyState>No contract has been set up yet. The Harbor team will add it.</EmptyState>
        )}
      </Card>
      <RegistrySection tenantId={tenant.id} imports={imports} timeZone={tenant.timeZone} />
    </AppShell>
  );
}

function Row({ term, value }: { term: string; value: string }) {
  return (
    <div className="flex justify-between gap-4 border-b border-slate-100 py-1">
      <dt className="text-slate-600">{term}</dt>
      <dd className="text-right font-medium">{value}</dd>
    </div>
  );
}
