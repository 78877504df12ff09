import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AppShell } from "@/components/layout/app-shell";
import { EMPLOYEE_NAV } from "@/components/layout/navigation";
import { BookingForm } from "@/components/booking/booking-form";
import { Card } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import { guardPage } from "@/lib/auth/page-guard";
import { ROUTE_ROLES } from "@/lib/auth/route-roles";
import { getChangeTerms } from "@/lib/booking/change-appointment";
import { getQuotaUsage } from "@/lib/booking/get-quota-usage";
import { loadBookingContext } from "@/lib/booking/booking-context";
import { isAppError } from "@/lib/errors";
import { errorText } from "@/lib/i18n/error-text";
import { requestFormats } from "@/lib/i18n/server-formats";
import { confirmBookingAction } from "./actions";

export async function generateMetadata() {
  return { title: (await getTranslations("book"))("confirmTitle") };
}

export default async function BookPage({
  params,
  searchParams,
}: {
  params: Promise<{ profileId: string }>;
  searchParams: Promise<{ start?: string; reschedule?: string }>;
}) {
  const actor = await guardPage(ROUTE_ROLES["/catalogue"]);
  const { profileId } = await params;
  const { start, reschedule } = await searchParams;
  const startsAt = start ? new Date(start) : null;
  // The booking's own view of the specialist and contract: no free-time search or reviews needed here.
  const [{ profile, contract }, quota, moving] = await Promise.all([
    loadBookingContext(actor, profileId).catch((error: unknown) => {
      if (isAppError(error) && error.code === "not_found") notFound();
      throw error;
    }),
    getQuotaUsage(actor),
    reschedule ? getChangeTerms(actor, reschedule).catch(() => null) : null,
  ]);
  const directions = profile.directions.filter((d) => contract.directions.includes(d));
  const offered = profile.formats.filter((format) => contract.formats.includes(format));
  // Outside the employer's programme the specialist is not in this employee's catalogue at all.
  if (directions.length === 0 || offered.length === 0) notFound();
  const [t, tv, render, f] = await Promise.all([getTranslations("book"), getTranslations("vocabulary"), errorText(), requestFormats(actor.timeZone)]);
  const title = moving ? t("moveTitle") : t("confirmTitle");
  // A move stays with the same specialist: a link mixing another profile with a move is refused.
  const movingElsewhere = moving && moving.appointment.psychologistId !== profile.id;
  if (!startsAt || Number.isNaN(startsAt.getTime()) || (reschedule && !moving) || movingElsewhere) {
    return (
      <AppShell actor={actor} nav={EMPLOYEE_NAV} title={title}>
        <Notice tone="error" testId="booking-link-invalid">
          {t.rich("linkInvalid", {
            link: (chunks) => (
              <Link className="underline" href={`/catalogue/${profileId}`}>
                {chunks}
              </Link>
            ),
          })}
        </Notice>
      </AppShell>
    );
  }
  const remaining = quota.total - quota.used;
  return (
    <AppShell actor={actor} nav={EMPLOYEE_NAV} title={title}>
      <Card>
        <dl className="grid gap-3 text-sm sm:grid-cols-2">
          <div>
            <dt className="text-slate-500">{t("specialist")}</dt>
            <dd className="font-medium">{profile.displayName}</dd>
          </div>
          <div>
            <dt className="text-slate-500">{moving ? t("newTime") : t("time")}</dt>
            <dd className="font-medium" data-testid="booking-time">
              {f.dateTime(startsAt)} · {t("minutes", { count: profile.sessionMinutes })}
            </dd>
          </div>
          {moving && (
            <div>
              <dt className="text-slate-500">{t("currentTime")}</dt>
              <dd>{f.dateTime(moving.appointment.startsAt)}</dd>
            </div>
          )}
          <div>
            <dt className="text-slate-500">{t("quotaLabel")}</dt>
            <dd data-testid="quota">{t("quotaValue", { used: quota.used, total: quota.total })}</dd>
          </div>
        </dl>
        {!moving && remaining <= 0 ? (
          <div className="mt-4">
            <Notice tone="error" testId="quota-exhausted">
              {t("quotaExhausted", { total: quota.total })}
            </Notice>
          </div>
        ) : (
          <div className="mt-5">
            <BookingForm
              action={confirmBookingAction.bind(null, { psychologistId: profile.id, startsAt: startsAt.toISOString(), reschedule: moving?.appointment.id })}
              directions={directions.map((d) => [d, tv(`direction.${d}`)])}
              formats={offered.map((format) => [format, tv(`format.${format}`)])}
              lateNotice={moving?.late ? render.text("errors.appointment.lateNotice", { hours: moving.lateCancelHours }) : null}
              rescheduling={Boolean(moving)}
              profileId={profile.id}
              timeZone={actor.timeZone}
            />
          </div>
        )}
      </Card>
      <p className="text-sm text-slate-600">{t("privacy", { hours: quota.lateCancelHours })}</p>
    </AppShell>
  );
}
