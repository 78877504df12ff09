import { ActionButton } from "@/components/ui/action-button";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AppShell } from "@/components/layout/app-shell";
import { PLATFORM_ADMIN_NAV } from "@/components/layout/navigation";
import { PublishControl } from "@/components/admin/publish-control";
import { Avatar } from "@/components/catalogue/avatar";
import { Card, EmptyState } from "@/components/ui/card";
import { guardPage } from "@/lib/auth/page-guard";
import { ROUTE_ROLES } from "@/lib/auth/route-roles";
import { getPsychologistForAdmin } from "@/lib/catalogue/manage-psychologists";
import { photoUrlOf } from "@/lib/catalogue/profile-card";
import { isAppError } from "@/lib/errors";
import { reviewProfileChangesAction, setProfileStatusAction, verifyQualificationAction } from "../actions";

export async function generateMetadata() {
  return { title: (await getTranslations("psychologists"))("one") };
}

export default async function AdminPsychologistPage({ params }: { params: Promise<{ profileId: string }> }) {
  const actor = await guardPage(ROUTE_ROLES["/admin/psychologists"]);
  const { profileId } = await params;
  const profile = await getPsychologistForAdmin(actor, profileId).catch((error: unknown) => {
    if (isAppError(error) && error.code === "not_found") notFound();
    throw error;
  });
  const [t, tv] = await Promise.all([getTranslations("psychologists"), getTranslations("vocabulary")]);
  const list = (group: "direction" | "format", slugs: string[]) => slugs.map((slug) => tv(`${group}.${slug}`)).join(", ");
  return (
    <AppShell actor={actor} nav={PLATFORM_ADMIN_NAV} title={profile.displayName}>
      <Link href="/admin/psychologists" className="text-sm font-medium text-harbor-700 hover:underline">
        ← {t("allLink")}
      </Link>
      <Card title={t("publication")}>
        <div className="flex flex-col gap-4 sm:flex-row sm:items-start">
          <Avatar name={profile.displayName} photoUrl={photoUrlOf(profile.id, profile.photoUpdatedAt)} size="lg" />
          <div className="space-y-2 text-sm">
            <p data-testid="admin-profile-status">
              <strong>{tv(`profileStatus.${profile.status}`)}</strong> · {t("signsInAs", { email: profile.user.email })}
            </p>
            <p>{profile.shortBio || <span className="text-slate-500">{t("noShortBio")}</span>}</p>
            <p className="text-slate-600">
              {t("years", { count: profile.experienceYears })} · {list("direction", profile.directions) || t("noDirections")} ·{" "}
              {list("format", profile.formats) || t("noFormats")} · {t("hourBlocks", { count: profile._count.rules })}
            </p>
            <PublishControl
              status={profile.status}
              publish={setProfileStatusAction.bind(null, profile.id, "published")}
              hide={setProfileStatusAction.bind(null, profile.id, "hidden")}
            />
          </div>
        </div>
      </Card>
      {profile.pendingText && profile.pendingChangesAt && (
        <Card title={t("pendingTitle")}>
          <p className="mb-3 text-sm text-slate-600">{t("pendingIntro")}</p>
          <dl className="space-y-3 text-sm" data-testid="pending-profile-text">
            {(
              [
                [t("fieldName"), "displayName"],
                [t("fieldShortBio"), "shortBio"],
                [t("fieldLongBio"), "longBio"],
              ] as const
            ).map(([label, field]) => (
              <div key={field} className="grid gap-1 sm:grid-cols-[8rem_1fr_1fr] sm:gap-3">
                <dt className="font-medium">{label}</dt>
                <dd className="break-words whitespace-pre-line text-slate-500">
                  <span className="sr-only">{t("now")} </span>
                  {profile[field] || "—"}
                </dd>
                <dd className="break-words whitespace-pre-line">
                  <span className="sr-only">{t("proposed")} </span>
                  {profile.pendingText![field] || "—"}
                </dd>
              </div>
            ))}
          </dl>
          <div className="mt-4 flex flex-wrap gap-2">
            <ActionButton
              action={reviewProfileChangesAction.bind(null, profile.id, "approved", profile.pendingChangesAt.toISOString())}
              variant="primary"
              label={t("approveText")}
            />
            <ActionButton
              action={reviewProfileChangesAction.bind(null, profile.id, "rejected", profile.pendingChangesAt.toISOString())}
              variant="ghost"
              label={t("reject")}
            />
          </div>
        </Card>
      )}
      <Card title={t("qualifications")}>
        {profile.qualifications.length === 0 ? (
          <EmptyState>{t("noQualifications")}</EmptyState>
        ) : (
          <ul className="divide-y divide-slate-100" data-testid="admin-qualifications">
            {profile.qualifications.map((q) => (
              <li key={q.id} className="flex flex-wrap items-center justify-between gap-2 py-3 text-sm">
                <span>
                  <span className="font-medium">{q.title}</span>, {q.institution}
                  {q.year ? ` (${q.year})` : ""} · {tv(`qualificationKind.${q.kind}`)} ·{" "}
                  <span className="text-slate-600">{tv(`verification.${q.status}`)}</span>
                </span>
                <span className="flex gap-2">
                  {q.status !== "verified" && (
                    <ActionButton
                      action={verifyQualificationAction.bind(null, profile.id, q.id, "verified")}
                      variant="secondary"
                      ariaLabel={t("verifyNamed", { title: q.title })}
                      label={t("verify")}
                    />
                  )}
                  {q.status !== "rejected" && (
                    <ActionButton
                      action={verifyQualificationAction.bind(null, profile.id, q.id, "rejected")}
                      variant="ghost"
                      ariaLabel={t("rejectNamed", { title: q.title })}
                      label={t("reject")}
                    />
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
