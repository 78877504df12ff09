import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { AppShell } from "@/components/layout/app-shell";
import { PLATFORM_ADMIN_NAV } from "@/components/layout/navigation";
import { NewPsychologistForm } from "@/components/admin/new-psychologist-form";
import { Card } from "@/components/ui/card";
import { guardPage } from "@/lib/auth/page-guard";
import { ROUTE_ROLES } from "@/lib/auth/route-roles";
import { listPsychologistsForAdmin } from "@/lib/catalogue/manage-psychologists";
import { createPsychologistAction } from "./actions";

export async function generateMetadata() {
  return { title: (await getTranslations("psychologists"))("title") };
}

export default async function PsychologistsPage() {
  const actor = await guardPage(ROUTE_ROLES["/admin/psychologists"]);
  const [rows, t, tv] = await Promise.all([listPsychologistsForAdmin(actor), getTranslations("psychologists"), getTranslations("vocabulary")]);
  const columns = { name: t("name"), signIn: t("signIn"), profile: t("profile"), qualifications: t("qualifications") };
  return (
    <AppShell actor={actor} nav={PLATFORM_ADMIN_NAV} title={t("title")}>
      <Card title={t("onboard")}>
        <NewPsychologistForm action={createPsychologistAction} />
      </Card>
      <Card title={t("all", { count: rows.length })}>
        <div className="overflow-x-auto">
          <table className="responsive-table w-full text-left text-sm">
            <thead className="text-slate-600">
              <tr>
                <th className="py-2 pr-3 font-medium">{columns.name}</th>
                <th className="py-2 pr-3 font-medium">{columns.signIn}</th>
                <th className="py-2 pr-3 font-medium">{columns.profile}</th>
                <th className="py-2 font-medium">{columns.qualifications}</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {rows.map((r) => (
                <tr key={r.id}>
                  <td data-label={columns.name} className="py-2 pr-3">
                    <Link href={`/admin/psychologists/${r.id}`} className="font-medium text-harbor-700 hover:underline">
                      {r.displayName}
                    </Link>
                  </td>
                  <td data-label={columns.signIn} className="py-2 pr-3 text-slate-600">
                    {r.email}
                  </td>
                  <td data-label={columns.profile} className="py-2 pr-3">
                    {tv(`profileStatus.${r.status}`)}
                    {r.changesToReview && <span className="ml-2 rounded-full bg-amber-100 px-2 py-0.5 text-xs text-amber-900">{t("textToReview")}</span>}
                  </td>
                  <td data-label={columns.qualifications} className="py-2">
                    {t("verified", { count: r.verified })}
                    {r.pending > 0 && (
                      <span className="ml-2 rounded-full bg-amber-100 px-2 py-0.5 text-xs text-amber-900">{t("toCheck", { count: r.pending })}</span>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </Card>
    </AppShell>
  );
}
