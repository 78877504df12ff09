import { ActionButton } from "@/components/ui/action-button";
import { AppShell } from "@/components/layout/app-shell";
import { PRACTICE_NAV } from "@/components/layout/navigation";
import { Avatar } from "@/components/catalogue/avatar";
import { PROFILE_STATUS_LABEL, QUALIFICATION_KIND_LABEL, VERIFICATION_LABEL } from "@/components/catalogue/status-labels";
import { PhotoForm } from "@/components/practice/photo-form";
import { ProfileForm } from "@/components/practice/profile-form";
import { QualificationForm } from "@/components/practice/qualification-form";
import { Card, EmptyState } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import { guardPage } from "@/lib/auth/page-guard";
import { ROUTE_ROLES } from "@/lib/auth/route-roles";
import { getOwnProfile } from "@/lib/catalogue/own-profile";
import { timeZoneOptions } from "@/lib/i18n/time-zones";
import { photoUrlOf } from "@/lib/catalogue/profile-card";
import { addQualificationAction, removeQualificationAction, saveProfileAction, uploadPhotoAction } from "./actions";

export const metadata = { title: "My profile" };

export default async function OwnProfilePage() {
  const actor = await guardPage(ROUTE_ROLES["/practice/profile"]);
  const profile = await getOwnProfile(actor);
  return (
    <AppShell actor={actor} nav={PRACTICE_NAV} title="My profile">
      <Notice testId="profile-status">
        <strong>{PROFILE_STATUS_LABEL[profile.status]}.</strong>{" "}
        {profile.status === "published"
          ? "Employees of member organisations see your profile in their catalogue."
          : "The Harbor team publishes your profile once at least one qualification is verified."}
      </Notice>
      {profile.awaitingReview && (
        <Notice testId="profile-review">
          Your new name and bio are waiting for the Harbor team to check them; clients see the previous version until then.
        </Notice>
      )}
      <Card title="Photo">
        <div className="flex flex-col gap-4 sm:flex-row sm:items-center">
          <Avatar name={profile.displayName} photoUrl={photoUrlOf(profile.id, profile.photoUpdatedAt)} size="lg" />
          <PhotoForm action={uploadPhotoAction} hasPhoto={profile.photoUpdatedAt !== null} />
        </div>
      </Card>
      <Card title="Profile">
        <ProfileForm action={saveProfileAction} initial={profile} timeZones={timeZoneOptions(profile.timeZone)} />
      </Card>
      <Card title="Qualifications">
        <p className="mb-3 text-sm text-slate-600">Clients see only qualifications the Harbor team has verified.</p>
        {profile.qualifications.length === 0 ? (
          <EmptyState>No qualifications yet. Add your degree and licence below.</EmptyState>
        ) : (
          <ul className="mb-4 divide-y divide-slate-100" data-testid="own-qualifications">
            {profile.qualifications.map((q) => (
              <li key={q.id} className="flex flex-wrap items-center justify-between gap-2 py-2 text-sm">
                <span>
                  <span className="font-medium">{q.title}</span>, {q.institution}
                  {q.year ? ` (${q.year})` : ""} · {QUALIFICATION_KIND_LABEL[q.kind]}
                </span>
                <span className="flex items-center gap-2">
                  <span className={q.status === "verified" ? "text-emerald-700" : q.status === "rejected" ? "text-red-700" : "text-slate-600"}>
                    {VERIFICATION_LABEL[q.status]}
                  </span>
                  <ActionButton action={removeQualificationAction.bind(null, q.id)} variant="ghost" ariaLabel={`Remove ${q.title}`} label="Remove" />
                </span>
              </li>
            ))}
          </ul>
        )}
        <QualificationForm action={addQualificationAction} />
      </Card>
    </AppShell>
  );
}
