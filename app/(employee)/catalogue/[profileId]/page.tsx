import { Stars } from "@/components/ui/stars";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AppShell } from "@/components/layout/app-shell";
import { EMPLOYEE_NAV } from "@/components/layout/navigation";
import { Avatar } from "@/components/catalogue/avatar";
import { RatingBadge, Tags, VerifiedMark } from "@/components/catalogue/profile-facts";
import { SlotList } from "@/components/catalogue/slot-list";
import { QUALIFICATION_KIND_LABEL } from "@/components/catalogue/status-labels";
import { Card, EmptyState } from "@/components/ui/card";
import { guardPage } from "@/lib/auth/page-guard";
import { ROUTE_ROLES } from "@/lib/auth/route-roles";
import { getPsychologistProfile, PROFILE_SLOT_DAYS } from "@/lib/catalogue/get-psychologist-profile";
import { DIRECTION_LABEL, FORMAT_LABEL, LANGUAGES, METHODS, TOPICS } from "@/lib/catalogue/vocabulary";
import { isAppError } from "@/lib/errors";
import { getChangeTerms } from "@/lib/booking/change-appointment";
import { formatDateTime } from "@/lib/format";
import { Notice } from "@/components/ui/notice";

export const metadata = { title: "Specialist" };

const label = (dictionary: Record<string, string>) => (slug: string) => dictionary[slug] ?? slug;

export default async function ProfilePage({
  params,
  searchParams,
}: {
  params: Promise<{ profileId: string }>;
  searchParams: Promise<{ reschedule?: string }>;
}) {
  const actor = await guardPage(ROUTE_ROLES["/catalogue"]);
  const { reschedule } = await searchParams;
  const profile = await getPsychologistProfile(actor, (await params).profileId).catch((error: unknown) => {
    if (isAppError(error) && error.code === "not_found") notFound();
    throw error;
  });
  // Moving is offered only on the profile of the appointment's own specialist.
  const terms = reschedule ? await getChangeTerms(actor, reschedule).catch(() => null) : null;
  const moving = terms?.appointment.psychologistId === profile.id ? terms : null;
  return (
    <AppShell actor={actor} nav={EMPLOYEE_NAV} title={profile.displayName}>
      <Link href="/catalogue" className="text-sm font-medium text-harbor-700 hover:underline">
        ← All specialists
      </Link>
      <section className="flex flex-col gap-4 rounded-xl border border-slate-200 bg-white p-5 shadow-sm sm:flex-row">
        <Avatar name={profile.displayName} photoUrl={profile.photoUrl} size="lg" />
        <div className="space-y-2">
          <div className="flex flex-wrap items-center gap-2">
            {profile.verified && <VerifiedMark />}
            <RatingBadge rating={profile.rating} />
          </div>
          <p className="text-slate-800">{profile.shortBio}</p>
          <dl className="grid gap-x-6 gap-y-1 text-sm text-slate-700 sm:grid-cols-2">
            <div>
              <dt className="inline text-slate-500">Experience: </dt>
              <dd className="inline">{profile.experienceYears} years</dd>
            </div>
            <div>
              <dt className="inline text-slate-500">Session: </dt>
              <dd className="inline">{profile.sessionMinutes} minutes</dd>
            </div>
            <div>
              <dt className="inline text-slate-500">Formats: </dt>
              <dd className="inline">{profile.formats.map((f) => FORMAT_LABEL[f]).join(", ")}</dd>
            </div>
            <div>
              <dt className="inline text-slate-500">Languages: </dt>
              <dd className="inline">{profile.languages.map(label(LANGUAGES)).join(", ")}</dd>
            </div>
            <div>
              <dt className="inline text-slate-500">Helps with: </dt>
              <dd className="inline">{profile.directions.map((d) => DIRECTION_LABEL[d]).join(", ")}</dd>
            </div>
          </dl>
        </div>
      </section>

      {/* Free times come first on a phone, beside the details on a wide screen. */}
      <div className="grid gap-6 lg:grid-cols-[1fr_20rem]">
        <Card title={`Free times, next ${PROFILE_SLOT_DAYS} days`} className="lg:order-2 lg:self-start">
          <p className="mb-3 text-xs text-slate-500">In your time zone, {actor.timeZone}.</p>
          {moving && (
            <div className="mb-3">
              <Notice testId="reschedule-banner">Choose a new time for your session on {formatDateTime(moving.appointment.startsAt, actor.timeZone)}.</Notice>
            </div>
          )}
          {profile.slots.length === 0 ? (
            <EmptyState>No free time in the next {PROFILE_SLOT_DAYS} days.</EmptyState>
          ) : (
            <SlotList
              slots={profile.slots}
              timeZone={actor.timeZone}
              renderSlot={(slot, time) => (
                <Link
                  href={`/catalogue/${profile.id}/book?${new URLSearchParams({ start: slot.start, ...(moving && { reschedule: moving.appointment.id }) })}`}
                  className="inline-block min-h-11 rounded-md border border-harbor-600 px-3 py-2 text-sm font-medium text-harbor-900 hover:bg-harbor-50"
                  aria-label={`${moving ? "Move to" : "Book"} ${formatDateTime(new Date(slot.start), actor.timeZone)}`}
                >
                  {time}
                </Link>
              )}
            />
          )}
        </Card>
        <div className="space-y-6 lg:order-1">
          {profile.longBio && (
            <Card title="About">
              <p className="whitespace-pre-line text-slate-800">{profile.longBio}</p>
            </Card>
          )}
          <Card title="Topics and methods">
            <div className="space-y-3">
              <Tags items={profile.topics.map(label(TOPICS))} />
              {profile.methods.length > 0 && <Tags items={profile.methods.map(label(METHODS))} />}
            </div>
          </Card>
          <Card title="Qualifications">
            <p className="mb-2 text-xs text-slate-500">Each entry below was checked by the Harbor team.</p>
            <ul className="space-y-2 text-sm">
              {profile.qualifications.map((q) => (
                <li key={`${q.title}-${q.institution}`}>
                  <span className="font-medium">{q.title}</span>, {q.institution}
                  {q.year ? ` (${q.year})` : ""}{" "}
                  <span className="text-slate-500">· {QUALIFICATION_KIND_LABEL[q.kind as keyof typeof QUALIFICATION_KIND_LABEL] ?? q.kind}</span>
                </li>
              ))}
            </ul>
          </Card>
          <Card title="Reviews">
            {profile.reviews.length === 0 ? (
              <EmptyState>No reviews yet.</EmptyState>
            ) : (
              <ul className="divide-y divide-slate-100" data-testid="reviews">
                {profile.reviews.map((r, i) => (
                  <li key={i} className="py-3">
                    <p className="text-sm">
                      <Stars rating={r.rating} />
                      <span className="ml-2 text-xs text-slate-500">
                        {new Date(`${r.month}-01T00:00:00Z`).toLocaleDateString("en-GB", { month: "long", year: "numeric", timeZone: "UTC" })}
                      </span>
                    </p>
                    {r.comment && <p className="mt-1 text-slate-800">{r.comment}</p>}
                  </li>
                ))}
              </ul>
            )}
            <p className="mt-3 text-xs text-slate-500">Reviews are anonymous and checked before they appear. They show the month only.</p>
          </Card>
        </div>
      </div>
    </AppShell>
  );
}
