import { getLocale, getTranslations } from "next-intl/server";
import { countryOptions } from "@/lib/urgent-help/countries";
import { Withheld } from "@/components/reports/withheld";
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

export async function generateMetadata() {
  return { title: (await getTranslations("tenant"))("metaTitle") };
}

export default async function TenantPage({ params, searchParams }: Props) {
  const actor = await guardPage(ROUTE_ROLES["/admin"]);
  const { tenantId } = await params;
  const overview = await getTenantOverview(actor, tenantId).catch((error) => {
    if (isAppError(error) && error.code === "not_found") notFound();
    throw error;
  });
  const { tenant, registry, imports } = overview;
  const suspended = tenant.status === "suspended";
  const [t, tm] = await Promise.all([getTranslations("tenant"), getTranslations("manage")]);
  return (
    <AppShell actor={actor} nav={PLATFORM_ADMIN_NAV} title={tenant.name}>
      {(await searchParams).created && <Notice tone="success">{t("created", { slug: tenant.slug })}</Notice>}
      {suspended && <Notice tone="error">{t("suspendedNotice")}</Notice>}
      <dl className="grid gap-3 sm:grid-cols-3">
        <Stat label={tm("identifiers")} value={registry.active} hint={registry.removed ? tm("removed", { count: registry.removed }) : undefined} />
        <Stat
          label={tm("registered")}
          value={registry.registered === null ? <Withheld>{tm("registeredWithheld", { min: registry.minGroup })}</Withheld> : registry.registered}
          hint={tm("registeredHint")}
        />
        <Stat label={t("landing")} value={<span className="text-base">/t/{tenant.slug}</span>} />
      </dl>
      <Card title={t("tenantAndContract")}>
        {tenant.contract && (
          <TenantForm
            action={saveTenantAction.bind(null, tenant.id)}
            initial={{ ...tenant, contract: tenant.contract }}
            mode="edit"
            countries={countryOptions(await getLocale())}
          />
        )}
      </Card>
      <RegistrySection tenantId={tenant.id} imports={imports} timeZone={tenant.timeZone} />
      <Card title={suspended ? t("reactivate") : t("suspend")}>
        <div className="flex flex-wrap items-center gap-3">
          <p className="text-sm text-slate-700">{suspended ? t("reactivateNote") : t("suspendNote")}</p>
          <ActionButton
            action={setTenantStatusAction.bind(null, tenant.id, suspended ? "active" : "suspended")}
            label={suspended ? t("reactivateButton") : t("suspendButton")}
          />
        </div>
      </Card>
    </AppShell>
  );
}
