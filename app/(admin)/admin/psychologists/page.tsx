import Link from "next/link";
import { AppShell } from "@/components/layout/app-shell";
import { PLATFORM_ADMIN_NAV } from "@/components/layout/navigation";
import { NewPsychologistForm } from "@/components/admin/new-psychologist-form";
import { PROFILE_STATUS_LABEL } from "@/components/catalogue/status-labels";
import { Card } from "@/components/ui/card";
import { guardPage } from "@/lib/auth/page-guard";
import { ROUTE_ROLES } from "@/lib/auth/route-roles";
import { listPsychologistsForAdmin } from "@/lib/catalogue/manage-psychologists";
import { createPsychologistAction } from "./actions";

export const metadata = { title: "Psychologists" };

export default async function PsychologistsPage() {
  const actor = await guardPage(ROUTE_ROLES["/admin/psychologists"]);
  const rows = await listPsychologistsForAdmin(actor);
  return (
    <AppShell actor={actor} nav={PLATFORM_ADMIN_NAV} title="Psychologists">
      <Card title="Onboard a psychologist">
        <NewPsychologistForm action={createPsychologistAction} />
      </Card>
      <Card title={`All psychologists (${rows.length})`}>
        <div className="overflow-x-auto">
          <table className="responsive-table w-full text-left text-sm">
            <thead className="text-slate-600">
              <tr>
                <th className="py-2 pr-3 font-medium">Name</th>
                <th className="py-2 pr-3 font-medium">Sign-in</th>
                <th className="py-2 pr-3 font-medium">Profile</th>
                <th className="py-2 font-medium">Qualifications</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {rows.map((r) => (
                <tr key={r.id}>
                  <td data-label="Name" className="py-2 pr-3">
                    <Link href={`/admin/psychologists/${r.id}`} className="font-medium text-harbor-700 hover:underline">
                      {r.displayName}
                    </Link>
                  </td>
                  <td data-label="Sign-in" className="py-2 pr-3 text-slate-600">
                    {r.email}
                  </td>
                  <td data-label="Profile" className="py-2 pr-3">
                    {PROFILE_STATUS_LABEL[r.status]}
                    {r.changesToReview && <span className="ml-2 rounded-full bg-amber-100 px-2 py-0.5 text-xs text-amber-900">text to review</span>}
                  </td>
                  <td data-label="Qualifications" className="py-2">
                    {r.verified} verified
                    {r.pending > 0 && <span className="ml-2 rounded-full bg-amber-100 px-2 py-0.5 text-xs text-amber-900">{r.pending} to check</span>}
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
