import { AppShell } from "@/components/layout/app-shell";
import { PLATFORM_ADMIN_NAV } from "@/components/layout/navigation";
import { NEW_TENANT, TenantForm } from "@/components/tenants/tenant-form";
import { Card } from "@/components/ui/card";
import { guardPage } from "@/lib/auth/page-guard";
import { ROUTE_ROLES } from "@/lib/auth/route-roles";
import { saveTenantAction } from "../actions";

export const metadata = { title: "New tenant" };

export default async function NewTenantPage() {
  const actor = await guardPage(ROUTE_ROLES["/admin/tenants/new"]);
  return (
    <AppShell actor={actor} nav={PLATFORM_ADMIN_NAV} title="New tenant">
      <Card>
        <TenantForm action={saveTenantAction.bind(null, null)} initial={NEW_TENANT} submitLabel="Create tenant" />
      </Card>
    </AppShell>
  );
}
