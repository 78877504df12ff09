import { getTranslations } from "next-intl/server";
import { AppShell } from "@/components/layout/app-shell";
import { PLATFORM_ADMIN_NAV } from "@/components/layout/navigation";
import { KeyRotationForm } from "@/components/admin/key-rotation-form";
import { Card } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import { guardPage } from "@/lib/auth/page-guard";
import { ROUTE_ROLES } from "@/lib/auth/route-roles";
import { keyRotationStatus } from "@/lib/key-rotation/key-status";
import { requestKeyRotationAction } from "./actions";

export async function generateMetadata() {
  return { title: (await getTranslations("keys"))("title") };
}

export default async function KeysPage() {
  const actor = await guardPage(ROUTE_ROLES["/admin/keys"]);
  const [status, t] = await Promise.all([keyRotationStatus(actor), getTranslations("keys")]);
  return (
    <AppShell actor={actor} nav={PLATFORM_ADMIN_NAV} title={t("title")}>
      <p className="text-sm text-slate-700">{t("intro")}</p>
      <Card>
        <dl className="grid gap-2 text-sm sm:grid-cols-2">
          <dt className="font-medium text-slate-900">{t("current")}</dt>
          <dd className="font-mono" data-testid="current-key">
            {status.currentKeyId}
          </dd>
          <dt className="font-medium text-slate-900">{t("configured")}</dt>
          <dd className="font-mono">{status.configuredKeyIds.join(", ")}</dd>
        </dl>
        {status.staleRows === 0 ? (
          <Notice tone="success" testId="rotation-done">
            {status.removableKeyIds.length ? t("doneRemovable", { keys: status.removableKeyIds.join(", ") }) : t("done")}
          </Notice>
        ) : (
          <Notice testId="rotation-pending">{t("pending", { stale: status.staleRows, percent: status.percentDone })}</Notice>
        )}
      </Card>
      <Card>
        <table className="w-full text-left text-sm">
          <caption className="sr-only">{t("tableCaption")}</caption>
          <thead>
            <tr className="border-b border-slate-200">
              <th scope="col" className="py-2">
                {t("place")}
              </th>
              <th scope="col" className="py-2 text-right">
                {t("total")}
              </th>
              <th scope="col" className="py-2 text-right">
                {t("stale")}
              </th>
            </tr>
          </thead>
          <tbody>
            {status.places.map((p) => (
              <tr key={p.name} className="border-b border-slate-100">
                <th scope="row" className="py-2 font-normal">
                  {t(`places.${p.name.replace(".", "_")}`)}
                </th>
                <td className="py-2 text-right tabular-nums">{p.total}</td>
                <td className="py-2 text-right tabular-nums">{p.stale}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <KeyRotationForm action={requestKeyRotationAction} label={t("runNow")} />
      </Card>
    </AppShell>
  );
}
