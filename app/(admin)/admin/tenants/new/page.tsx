import { getLocale, getTranslations } from "next-intl/server";
import { countryOptions } from "@/lib/urgent-help/countries";
import { AppShell } from "@/components/layout/app-shell";
import { PLATFORM_ADMIN_NAV } from "@/components/layout/navigation";
import { NEW_TENANT, TenantForm } from "@/components/tenants/tenant-form";
import { Card } from "@/components/ui/card";
import { guardPage } from "@/lib/auth/page-guard";
import { ROUTE_ROLES } from "@/lib/auth/route-roles";
import { saveTenantAction } from "../actions";

export async function generateMetadata() {
  return { title: (await getTranslations("tenantForm"))("newTitle") };
}

export default async function NewTenantPage() {
  const actor = await guardPage(ROUTE_ROLES["/admin/tenants/new"]);
  const t = await getTranslations("tenantForm");
  return (
    <AppShell actor={actor} nav={PLATFORM_ADMIN_NAV} title={t("newTitle")}>
      <Card>
        <TenantForm action={saveTenantAction.bind(null, null)} initial={NEW_TENANT} mode="create" countries={countryOptions(await getLocale())} />
      </Card>
    </AppShell>
  );
}
