import { getTranslations } from "next-intl/server";
import { ActionButton } from "@/components/ui/action-button";
import { AppShell } from "@/components/layout/app-shell";
import { PRACTICE_NAV } from "@/components/layout/navigation";
import { Avatar } from "@/components/catalogue/avatar";
import { PhotoForm } from "@/components/practice/photo-form";
import { ProfileForm } from "@/components/practice/profile-form";
import { QualificationForm } from "@/components/practice/qualification-form";
import { Card, EmptyState } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import { guardPage } from "@/lib/auth/page-guard";
import { ROUTE_ROLES } from "@/lib/auth/route-roles";
import { getOwnProfile } from "@/lib/catalogue/own-profile";
import { photoUrlOf } from "@/lib/catalogue/profile-card";
import { addQualificationAction, removeQualificationAction, saveProfileAction, uploadPhotoAction } from "./actions";

export async function generateMetadata() {
  return { title: (await getTranslations("ownProfile"))("title") };
}

export default async function OwnProfilePage() {
  const actor = await guardPage(ROUTE_ROLES["/practice/profile"]);
  const [profile, t, tv] = await Promise.all([getOwnProfile(actor), getTranslations("ownProfile"), getTranslations("vocabulary")]);
  return (
    <AppShell actor={actor} nav={PRACTICE_NAV} title={t("title")}>
      <Notice testId="profile-status">
        <strong>{tv(`profileStatus.${profile.status}`)}.</strong> {profile.status === "published" ? t("publishedNote") : t("draftNote")}
      </Notice>
      {profile.awaitingReview && <Notice testId="profile-review">{t("awaitingReview")}</Notice>}
      <Card title={t("photo")}>
        <div className="flex flex-col gap-4 sm:flex-row sm:items-center">
          <Avatar name={profile.displayName} photoUrl={photoUrlOf(profile.id, profile.photoUpdatedAt)} size="lg" />
          <PhotoForm action={uploadPhotoAction} hasPhoto={profile.photoUpdatedAt !== null} />
        </div>
      </Card>
      <Card title={t("profile")}>
        <ProfileForm action={saveProfileAction} initial={profile} />
      </Card>
      <Card title={t("qualifications")}>
        <p className="mb-3 text-sm text-slate-600">{t("qualificationsNote")}</p>
        {profile.qualifications.length === 0 ? (
          <EmptyState>{t("noQualifications")}</EmptyState>
        ) : (
          <ul className="mb-4 divide-y divide-slate-100" data-testid="own-qualifications">
            {profile.qualifications.map((q) => (
              <li key={q.id} className="flex flex-wrap items-center justify-between gap-2 py-2 text-sm">
                <span>
                  <span className="font-medium">{q.title}</span>, {q.institution}
                  {q.year ? ` (${q.year})` : ""} · {tv(`qualificationKind.${q.kind}`)}
                </span>
                <span className="flex items-center gap-2">
                  <span className={q.status === "verified" ? "text-emerald-700" : q.status === "rejected" ? "text-red-700" : "text-slate-600"}>
                    {tv(`verification.${q.status}`)}
                  </span>
                  <ActionButton
                    action={removeQualificationAction.bind(null, q.id)}
                    variant="ghost"
                    ariaLabel={t("removeQualification", { title: q.title })}
                    label={t("remove")}
                  />
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
