import { ActionButton } from "@/components/ui/action-button";
import { notFound } from "next/navigation";
import { AppShell } from "@/components/layout/app-shell";
import { PLATFORM_ADMIN_NAV } from "@/components/layout/navigation";
import { RegistrySection } from "@/components/registry/registry-section";
import { TenantForm } from "@/components/tenants/tenant-form";
import { Card, Stat } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import { guardPage } from "@/lib/auth/page-guard";
import { ROUTE_ROLES } from "@/lib/auth/route-roles";
import { isAppError } from "@/lib/errors";
import { getTenantOverview } from "@/lib/tenants/get-tenant-overview";
import { saveTenantAction, setTenantStatusAction } from "../actions";

type Props = { params: Promise<{ tenantId: string }>; searchParams: Promise<{ created?: string }> };

export const metadata = { title: "Tenant" };

export default async function TenantPage({ params, searchParams }: Props) {
  const actor = await guardPage(ROUTE_ROLES["/admin"]);
  const { tenantId } = await params;
  const overview = await getTenantOverview(actor, tenantId).catch((error) => {
    if (isAppError(error) && error.code === "not_found") notFound();
    throw error;
  });
  const { tenant, registry, imports } = overview;
  const suspended = tenant.status === "suspended";
  return (
    <AppShell actor={actor} nav={PLATFORM_ADMIN_NAV} title={tenant.name}>
      {(await searchParams).created && <Notice tone="success">Tenant created. Its employees register at /t/{tenant.slug} once a registry is uploaded.</Notice>}
      {suspended && <Notice tone="error">This tenant is suspended: nobody of it can sign in or register.</Notice>}
      <dl className="grid gap-3 sm:grid-cols-3">
        <Stat label="Identifiers in the registry" value={registry.active} hint={registry.removed ? `${registry.removed} removed` : undefined} />
        <Stat label="Registered accounts" value={registry.registered} />
        <Stat label="Landing page" value={<span className="text-base">/t/{tenant.slug}</span>} />
      </dl>
      <Card title="Tenant and contract">
        {tenant.contract && (
          <TenantForm
            action={saveTenantAction.bind(null, tenant.id)}
            initial={{ name: tenant.name, slug: tenant.slug, locale: tenant.locale, timeZone: tenant.timeZone, contract: tenant.contract }}
            submitLabel="Save changes"
          />
        )}
      </Card>
      <RegistrySection tenantId={tenant.id} imports={imports} timeZone={tenant.timeZone} />
      <Card title={suspended ? "Reactivate" : "Suspend"}>
        <div className="flex flex-wrap items-center gap-3">
          <p className="text-sm text-slate-700">
            {suspended
              ? "Let this tenant's people sign in and register again."
              : "Suspending stops sign-in and registration for everyone of this tenant at once. Data is kept."}
          </p>
          <ActionButton
            action={setTenantStatusAction.bind(null, tenant.id, suspended ? "active" : "suspended")}
            label={suspended ? "Reactivate tenant" : "Suspend tenant"}
          />
        </div>
      </Card>
    </AppShell>
  );
}
