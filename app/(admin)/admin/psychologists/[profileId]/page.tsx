import { ActionButton } from "@/components/ui/action-button";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AppShell } from "@/components/layout/app-shell";
import { PLATFORM_ADMIN_NAV } from "@/components/layout/navigation";
import { PublishControl } from "@/components/admin/publish-control";
import { Avatar } from "@/components/catalogue/avatar";
import { PROFILE_STATUS_LABEL, QUALIFICATION_KIND_LABEL, VERIFICATION_LABEL } from "@/components/catalogue/status-labels";
import { Card, EmptyState } from "@/components/ui/card";
import { guardPage } from "@/lib/auth/page-guard";
import { ROUTE_ROLES } from "@/lib/auth/route-roles";
import { getPsychologistForAdmin } from "@/lib/catalogue/manage-psychologists";
import { photoUrlOf } from "@/lib/catalogue/profile-card";
import { DIRECTION_LABEL, FORMAT_LABEL } from "@/lib/catalogue/vocabulary";
import { isAppError } from "@/lib/errors";
import { reviewProfileChangesAction, setProfileStatusAction, verifyQualificationAction } from "../actions";

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
      <Link href="/admin/psychologists" className="text-sm font-medium text-harbor-700 hover:underline">
        ← All psychologists
      </Link>
      <Card title="Publication">
        <div className="flex flex-col gap-4 sm:flex-row sm:items-start">
          <Avatar name={profile.displayName} photoUrl={photoUrlOf(profile.id, profile.photoUpdatedAt)} size="lg" />
          <div className="space-y-2 text-sm">
            <p data-testid="admin-profile-status">
              <strong>{PROFILE_STATUS_LABEL[profile.status]}</strong> · signs in as {profile.user.email}
            </p>
            <p>{profile.shortBio || <span className="text-slate-500">No short bio yet.</span>}</p>
            <p className="text-slate-600">
              {profile.experienceYears} years · {profile.directions.map((d) => DIRECTION_LABEL[d]).join(", ") || "no directions"} ·{" "}
              {profile.formats.map((f) => FORMAT_LABEL[f]).join(", ") || "no formats"} · {profile._count.rules} weekly hours blocks
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
        <Card title="New name and bio to review">
          <p className="mb-3 text-sm text-slate-600">
            Clients see the current text until you approve this. Check it reads as a professional profile and names no one else.
          </p>
          <dl className="space-y-3 text-sm" data-testid="pending-profile-text">
            {(
              [
                ["Name", "displayName"],
                ["Short bio", "shortBio"],
                ["Full bio", "longBio"],
              ] as const
            ).map(([label, field]) => (
              <div key={field} className="grid gap-1 sm:grid-cols-[8rem_1fr_1fr] sm:gap-3">
                <dt className="font-medium">{label}</dt>
                <dd className="break-words whitespace-pre-line text-slate-500">
                  <span className="sr-only">Now: </span>
                  {profile[field] || "—"}
                </dd>
                <dd className="break-words whitespace-pre-line">
                  <span className="sr-only">Proposed: </span>
                  {profile.pendingText![field] || "—"}
                </dd>
              </div>
            ))}
          </dl>
          <div className="mt-4 flex flex-wrap gap-2">
            <ActionButton
              action={reviewProfileChangesAction.bind(null, profile.id, "approved", profile.pendingChangesAt.toISOString())}
              variant="primary"
              label="Approve new text"
            />
            <ActionButton
              action={reviewProfileChangesAction.bind(null, profile.id, "rejected", profile.pendingChangesAt.toISOString())}
              variant="ghost"
              label="Reject"
            />
          </div>
        </Card>
      )}
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
                    <ActionButton
                      action={verifyQualificationAction.bind(null, profile.id, q.id, "verified")}
                      variant="secondary"
                      ariaLabel={`Verify ${q.title}`}
                      label="Verify"
                    />
                  )}
                  {q.status !== "rejected" && (
                    <ActionButton
                      action={verifyQualificationAction.bind(null, profile.id, q.id, "rejected")}
                      variant="ghost"
                      ariaLabel={`Reject ${q.title}`}
                      label="Reject"
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
