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
import { DIRECTION_LABEL, FORMAT_LABEL } from "@/lib/catalogue/vocabulary";
import { isAppError } from "@/lib/errors";
import { formatDateTime } from "@/lib/format";
import { confirmBookingAction } from "./actions";

export const metadata = { title: "Confirm your booking" };

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
  const formats = profile.formats.filter((f) => contract.formats.includes(f));
  // Outside the employer's programme the specialist is not in this employee's catalogue at all.
  if (directions.length === 0 || formats.length === 0) notFound();
  const title = moving ? "Move your session" : "Confirm your booking";
  // A move stays with the same specialist: a link mixing another profile with a move is refused.
  const movingElsewhere = moving && moving.appointment.psychologistId !== profile.id;
  if (!startsAt || Number.isNaN(startsAt.getTime()) || (reschedule && !moving) || movingElsewhere) {
    return (
      <AppShell actor={actor} nav={EMPLOYEE_NAV} title={title}>
        <Notice tone="error" testId="booking-link-invalid">
          This booking link is incomplete or out of date.{" "}
          <Link className="underline" href={`/catalogue/${profileId}`}>
            Choose a time on the profile
          </Link>
          .
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
            <dt className="text-slate-500">Specialist</dt>
            <dd className="font-medium">{profile.displayName}</dd>
          </div>
          <div>
            <dt className="text-slate-500">{moving ? "New time" : "Time"}</dt>
            <dd className="font-medium" data-testid="booking-time">
              {formatDateTime(startsAt, actor.timeZone)} · {profile.sessionMinutes} minutes
            </dd>
          </div>
          {moving && (
            <div>
              <dt className="text-slate-500">Current time</dt>
              <dd>{formatDateTime(moving.appointment.startsAt, actor.timeZone)}</dd>
            </div>
          )}
          <div>
            <dt className="text-slate-500">Your sessions this contract year</dt>
            <dd data-testid="quota">
              {quota.used} of {quota.total} used
            </dd>
          </div>
        </dl>
        {!moving && remaining <= 0 ? (
          <div className="mt-4">
            <Notice tone="error" testId="quota-exhausted">
              You have used all {quota.total} sessions of this contract year. Your HR department can tell you when the allowance renews.
            </Notice>
          </div>
        ) : (
          <div className="mt-5">
            <BookingForm
              action={confirmBookingAction.bind(null, { psychologistId: profile.id, startsAt: startsAt.toISOString(), reschedule: moving?.appointment.id })}
              directions={directions.map((d) => [d, DIRECTION_LABEL[d]])}
              formats={formats.map((f) => [f, FORMAT_LABEL[f]])}
              lateNotice={moving?.notice ?? null}
              rescheduling={Boolean(moving)}
              profileId={profile.id}
              timeZone={actor.timeZone}
            />
          </div>
        )}
      </Card>
      <p className="text-sm text-slate-600">
        Nobody at your employer sees whom you booked or when. You can cancel or move it for free up to {quota.lateCancelHours} hours before it starts; we will
        remind you by e-mail the day before and an hour before.
      </p>
    </AppShell>
  );
}
