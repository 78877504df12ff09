import { getTranslations } from "next-intl/server";
import { Withheld } from "@/components/reports/withheld";
import { AppShell } from "@/components/layout/app-shell";
import { TENANT_ADMIN_NAV } from "@/components/layout/navigation";
import { Card, EmptyState, Stat } from "@/components/ui/card";
import { ROUTE_ROLES } from "@/lib/auth/route-roles";
import { guardPage } from "@/lib/auth/page-guard";
import { requestFormats } from "@/lib/i18n/server-formats";
import { RegistrySection } from "@/components/registry/registry-section";
import { getTenantOverview } from "@/lib/tenants/get-tenant-overview";

export async function generateMetadata() {
  return { title: (await getTranslations("manage"))("metaTitle") };
}

export default async function ManagePage() {
  const actor = await guardPage(ROUTE_ROLES["/manage"]);
  const { tenant, registry, imports } = await getTenantOverview(actor, actor.tenantId!);
  const contract = tenant.contract;
  const [t, tv, f] = await Promise.all([getTranslations("manage"), getTranslations("vocabulary"), requestFormats(tenant.timeZone)]);
  return (
    <AppShell actor={actor} nav={TENANT_ADMIN_NAV} title={tenant.name}>
      <dl className="grid gap-3 sm:grid-cols-3">
        <Stat label={t("identifiers")} value={f.number(registry.active)} hint={registry.removed ? t("removed", { count: registry.removed }) : undefined} />
        <Stat
          label={t("registered")}
          value={registry.registered === null ? <Withheld>{t("registeredWithheld", { min: registry.minGroup })}</Withheld> : f.number(registry.registered)}
          hint={t("registeredHint")}
        />
        <Stat label={t("sessionsPerYear")} value={contract?.sessionsPerYear ?? "—"} />
      </dl>
      <Card title={t("contract")}>
        {contract ? (
          <dl className="grid gap-x-6 gap-y-2 text-sm sm:grid-cols-2">
            <Row term={t("directions")} value={contract.directions.map((d) => tv(`direction.${d}`)).join(", ")} />
            <Row term={t("formats")} value={contract.formats.map((format) => tv(`format.${format}`)).join(", ")} />
            <Row term={t("yearStarts")} value={f.dayOfYear(contract.yearStartMonth, contract.yearStartDay)} />
            <Row term={t("lateWindow")} value={t("hours", { count: contract.lateCancelHours })} />
            <Row term={t("minGroup")} value={t("employees", { count: contract.reportMinGroupSize })} />
            <Row term={t("grace")} value={contract.registryGraceDays ? t("days", { count: contract.registryGraceDays }) : t("endsAtOnce")} />
            <Row term={t("timeZone")} value={tenant.timeZone.replace(/_/g, " ")} />
          </dl>
        ) : (
          <EmptyState>{t("noContract")}</EmptyState>
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
