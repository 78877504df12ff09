import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AppShell } from "@/components/layout/app-shell";
import { EMPLOYEE_NAV } from "@/components/layout/navigation";
import { Avatar } from "@/components/catalogue/avatar";
import { RatingBadge, Tags, VerifiedMark } from "@/components/catalogue/profile-facts";
import { SlotList } from "@/components/catalogue/slot-list";
import { Card, EmptyState } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import { Stars } from "@/components/ui/stars";
import { guardPage } from "@/lib/auth/page-guard";
import { ROUTE_ROLES } from "@/lib/auth/route-roles";
import { getChangeTerms } from "@/lib/booking/change-appointment";
import { getPsychologistProfile, PROFILE_SLOT_DAYS } from "@/lib/catalogue/get-psychologist-profile";
import { isAppError } from "@/lib/errors";
import { requestFormats } from "@/lib/i18n/server-formats";
import { termLabeller } from "@/lib/i18n/term-label";

export async function generateMetadata() {
  return { title: (await getTranslations("profile"))("metaTitle") };
}

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
  const [t, tv, f] = await Promise.all([getTranslations("profile"), getTranslations("vocabulary"), requestFormats(actor.timeZone)]);
  const term = termLabeller(tv);
  const list = (group: Parameters<typeof term>[0], slugs: string[]) => slugs.map((slug) => term(group, slug)).join(", ");
  const fact = (label: string, value: string) => (
    <div>
      <dt className="inline text-slate-500">{label}: </dt>
      <dd className="inline">{value}</dd>
    </div>
  );
  return (
    <AppShell actor={actor} nav={EMPLOYEE_NAV} title={profile.displayName}>
      <Link href="/catalogue" className="text-sm font-medium text-harbor-700 hover:underline">
        ← {t("all")}
      </Link>
      <section className="flex flex-col gap-4 rounded-xl border border-slate-200 bg-white p-5 shadow-sm sm:flex-row">
        <Avatar name={profile.displayName} photoUrl={profile.photoUrl} size="lg" />
        <div className="space-y-2">
          <div className="flex flex-wrap items-center gap-2">
            {profile.verified && <VerifiedMark />}
            <RatingBadge rating={profile.rating} />
          </div>
          <p className="text-slate-800" lang={profile.bioLanguage ?? undefined}>
            {profile.shortBio}
          </p>
          <dl className="grid gap-x-6 gap-y-1 text-sm text-slate-700 sm:grid-cols-2">
            {fact(t("experience"), t("years", { count: profile.experienceYears }))}
            {fact(t("session"), t("minutes", { count: profile.sessionMinutes }))}
            {fact(t("formats"), list("format", profile.formats))}
            {fact(t("languages"), list("language", profile.languages))}
            {fact(t("helpsWith"), list("direction", profile.directions))}
            {profile.bioLanguage && fact(t("bioLanguage"), term("language", profile.bioLanguage))}
          </dl>
        </div>
      </section>

      {/* Free times come first on a phone, beside the details on a wide screen. */}
      <div className="grid gap-6 lg:grid-cols-[1fr_20rem]">
        <Card title={t("freeTimes", { days: PROFILE_SLOT_DAYS })} className="lg:order-2 lg:self-start">
          <p className="mb-3 text-xs text-slate-500">{t("inYourZone", { zone: actor.timeZone.replace(/_/g, " ") })}</p>
          {moving && (
            <div className="mb-3">
              <Notice testId="reschedule-banner">{t("chooseNewTime", { when: f.dateTime(moving.appointment.startsAt) })}</Notice>
            </div>
          )}
          {profile.slots.length === 0 ? (
            <EmptyState>{t("noFreeTime", { days: PROFILE_SLOT_DAYS })}</EmptyState>
          ) : (
            <SlotList
              slots={profile.slots}
              timeZone={actor.timeZone}
              renderSlot={(slot, time) => (
                <Link
                  href={`/catalogue/${profile.id}/book?${new URLSearchParams({ start: slot.start, ...(moving && { reschedule: moving.appointment.id }) })}`}
                  className="inline-block min-h-11 rounded-md border border-harbor-600 px-3 py-2 text-sm font-medium text-harbor-900 hover:bg-harbor-50"
                  aria-label={moving ? t("moveTo", { when: f.dateTime(new Date(slot.start)) }) : t("bookAt", { when: f.dateTime(new Date(slot.start)) })}
                >
                  {time}
                </Link>
              )}
            />
          )}
        </Card>
        <div className="space-y-6 lg:order-1">
          {profile.longBio && (
            <Card title={t("about")}>
              <p className="whitespace-pre-line text-slate-800" lang={profile.bioLanguage ?? undefined}>
                {profile.longBio}
              </p>
            </Card>
          )}
          <Card title={t("topicsAndMethods")}>
            <div className="space-y-3">
              <Tags items={profile.topics.map((slug) => term("topic", slug))} />
              {profile.methods.length > 0 && <Tags items={profile.methods.map((slug) => term("method", slug))} />}
            </div>
          </Card>
          <Card title={t("qualifications")}>
            <p className="mb-2 text-xs text-slate-500">{t("qualificationsChecked")}</p>
            <ul className="space-y-2 text-sm">
              {profile.qualifications.map((q) => (
                <li key={`${q.title}-${q.institution}`}>
                  <span className="font-medium">{q.title}</span>, {q.institution}
                  {q.year ? ` (${q.year})` : ""} <span className="text-slate-500">· {term("qualificationKind", q.kind)}</span>
                </li>
              ))}
            </ul>
          </Card>
          <Card title={t("reviews")}>
            {profile.reviews.length === 0 ? (
              <EmptyState>{t("noReviews")}</EmptyState>
            ) : (
              <ul className="divide-y divide-slate-100" data-testid="reviews">
                {profile.reviews.map((r, i) => (
                  <li key={i} className="py-3">
                    <p className="text-sm">
                      <Stars rating={r.rating} />
                      <span className="ml-2 text-xs text-slate-500">{f.month(r.month)}</span>
                    </p>
                    {r.comment && <p className="mt-1 text-slate-800">{r.comment}</p>}
                  </li>
                ))}
              </ul>
            )}
            <p className="mt-3 text-xs text-slate-500">{t("reviewsAnonymous")}</p>
          </Card>
        </div>
      </div>
    </AppShell>
  );
}
