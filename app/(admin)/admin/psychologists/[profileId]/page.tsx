import Link from "next/link";
import { notFound } from "next/navigation";
import { AppShell } from "@/components/layout/app-shell";
import { PLATFORM_ADMIN_NAV } from "@/components/layout/navigation";
import { PublishControl } from "@/components/admin/publish-control";
import { Avatar } from "@/components/catalogue/avatar";
import { PROFILE_STATUS_LABEL, QUALIFICATION_KIND_LABEL, VERIFICATION_LABEL } from "@/components/catalogue/status-labels";
import { Button } from "@/components/ui/button";
import { Card, EmptyState } from "@/components/ui/card";
import { guardPage } from "@/lib/auth/page-guard";
import { ROUTE_ROLES } from "@/lib/auth/route-roles";
import { getPsychologistForAdmin } from "@/lib/catalogue/manage-psychologists";
import { photoUrlOf } from "@/lib/catalogue/profile-card";
import { DIRECTION_LABEL, FORMAT_LABEL } from "@/lib/catalogue/vocabulary";
import { isAppError } from "@/lib/errors";
import { setProfileStatusAction, verifyQualificationAction } from "../actions";

export const metadata = { title: "Psychologist" };

export default async function AdminPsychologistPage({ params }: { params: Promise<{ profileId: string }> }) {
  const actor = await guardPage(ROUTE_ROLES["/admin/psychologists"]);
  const { profileId } = await params;
  const profile = await getPsychologistForAdmin(actor, profileId).catch((error: unknown) => {
    if (isAppError(error) && error.code === "not_found") notFound();
    throw error;
  });
  return (
    <AppShell actor={actor} nav={PLATFORM_ADMIN_NAV} title={profile.displayName}>
      <Link href="/admin/psychologists" className="text-sm font-medium text-harbor-700 hover:underline">← All psychologists</Link>
      <Card title="Publication">
        <div className="flex flex-col gap-4 sm:flex-row sm:items-start">
          <Avatar name={profile.displayName} photoUrl={photoUrlOf(profile.id, profile.photoUpdatedAt)} size="lg" />
          <div className="space-y-2 text-sm">
            <p data-testid="admin-profile-status"><strong>{PROFILE_STATUS_LABEL[profile.status]}</strong> · signs in as {profile.user.email}</p>
            <p>{profile.shortBio || <span className="text-slate-500">No short bio yet.</span>}</p>
            <p className="text-slate-600">
              {profile.experienceYears} years · {profile.directions.map((d) => DIRECTION_LABEL[d]).join(", ") || "no directions"} · {profile.formats.map((f) => FORMAT_LABEL[f]).join(", ") || "no formats"} · {profile._count.rules} weekly hours blocks
            </p>
            <PublishControl status={profile.status} publish={setProfileStatusAction.bind(null, profile.id, "published")} hide={setProfileStatusAction.bind(null, profile.id, "hidden")} />
          </div>
        </div>
      </Card>
      <Card title="Qualifications">
        {profile.qualifications.length === 0 ? (
          <EmptyState>The psychologist has not added any qualifications yet.</EmptyState>
        ) : (
          <ul className="divide-y divide-slate-100" data-testid="admin-qualifications">
            {profile.qualifications.map((q) => (
              <li key={q.id} className="flex flex-wrap items-center justify-between gap-2 py-3 text-sm">
                <span>
                  <span className="font-medium">{q.title}</span>, {q.institution}
                  {q.year ? ` (${q.year})` : ""} · {QUALIFICATION_KIND_LABEL[q.kind]} · <span className="text-slate-600">{VERIFICATION_LABEL[q.status]}</span>
                </span>
                <span className="flex gap-2">
                  {q.status !== "verified" && (
                    <form action={verifyQualificationAction.bind(null, profile.id, q.id, "verified")}>
                      <Button type="submit" variant="secondary" aria-label={`Verify ${q.title}`}>Verify</Button>
                    </form>
                  )}
                  {q.status !== "rejected" && (
                    <form action={verifyQualificationAction.bind(null, profile.id, q.id, "rejected")}>
                      <Button type="submit" variant="ghost" aria-label={`Reject ${q.title}`}>Reject</Button>
                    </form>
                  )}
                </span>
              </li>
            ))}
          </ul>
        )}
      </Card>
    </AppShell>
  );
}
