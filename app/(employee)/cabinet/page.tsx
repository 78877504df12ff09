import { AppShell } from "@/components/layout/app-shell";
import { Card, EmptyState, Stat } from "@/components/ui/card";
import { ROUTE_ROLES } from "@/lib/auth/route-roles";
import { guardPage } from "@/lib/auth/page-guard";
import { getQuotaUsage } from "@/lib/booking/get-quota-usage";
import { listMyAppointments } from "@/lib/booking/list-my-appointments";
import { FORMAT_LABEL } from "@/lib/catalogue/vocabulary";
import { formatDate, formatDateTime, formatTime } from "@/lib/format";
import { listMyHomework } from "@/lib/tasks/list-my-homework";
import { EMPLOYEE_NAV } from "@/components/layout/navigation";
import Link from "next/link";
import { FeedbackForm } from "@/components/cabinet/feedback-form";
import { NotificationList } from "@/components/notifications/notification-list";
import { buttonClass } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { listNotifications } from "@/lib/notifications/list-notifications";
import { TimeZoneForm } from "@/components/cabinet/time-zone-form";
import { timeZoneOptions } from "@/lib/i18n/time-zones";
import { leaveFeedbackAction, markEmployeeNotificationsReadAction, setTimeZoneAction } from "./actions";

export const metadata = { title: "My cabinet" };

const STATUS_LABEL = { booked: "Booked", completed: "Completed", cancelled: "Cancelled", no_show: "Missed" } as const;

export default async function CabinetPage({ searchParams }: { searchParams: Promise<{ booked?: string; moved?: string; cancelled?: string }> }) {
  const actor = await guardPage(ROUTE_ROLES["/cabinet"]);
  const outcome = await searchParams;
  const [quota, appointments, homework, notifications] = await Promise.all([
    getQuotaUsage(actor),
    listMyAppointments(actor),
    listMyHomework(actor),
    listNotifications(actor),
  ]);
  const tz = actor.timeZone;
  return (
    <AppShell actor={actor} nav={EMPLOYEE_NAV} title={`Hello${actor.displayName ? `, ${actor.displayName}` : ""}`}>
      {outcome.booked && (
        <Notice tone="success" testId="booking-confirmed">
          Booked. The confirmation, with a calendar file, is on its way to your e-mail.
        </Notice>
      )}
      {outcome.moved && (
        <Notice tone="success" testId="booking-moved">
          Moved. Your calendar file is updated in the e-mail we just sent.
        </Notice>
      )}
      {outcome.cancelled && (
        <Notice tone="success" testId="booking-cancelled">
          Cancelled.
        </Notice>
      )}
      <dl className="grid gap-3 sm:grid-cols-3">
        <Stat
          label="Sessions used this contract year"
          value={<span data-testid="quota">{`${quota.used} of ${quota.total} used`}</span>}
          hint={`Year runs ${formatDate(quota.start, tz)} – ${formatDate(new Date(quota.end.getTime() - 1), tz)}`}
        />
        <Stat label="Upcoming sessions" value={appointments.upcoming.length} />
        <Stat label="Open homework" value={homework.filter((h) => h.status === "assigned").length} />
      </dl>

      <NotificationList items={notifications} timeZone={tz} audience="employee" markRead={markEmployeeNotificationsReadAction} />

      <Card
        title="Upcoming sessions"
        action={
          <Link href="/catalogue" className={buttonClass("ghost")}>
            Book a session
          </Link>
        }
      >
        {appointments.upcoming.length === 0 ? (
          <EmptyState>
            You have no sessions booked.{" "}
            <Link href="/catalogue" className="font-medium text-harbor-700 underline">
              Find a specialist
            </Link>{" "}
            or{" "}
            <Link href="/catalogue/match" className="font-medium text-harbor-700 underline">
              let us help you choose
            </Link>
            .
          </EmptyState>
        ) : (
          <ul className="divide-y divide-slate-100" data-testid="upcoming-appointments">
            {appointments.upcoming.map((a) => (
              <li key={a.id} className="flex flex-wrap items-center justify-between gap-2 py-3">
                <div>
                  <p className="font-medium">{formatDateTime(a.startsAt, tz)}</p>
                  <p className="text-sm text-slate-600">
                    {a.psychologist.displayName} · {FORMAT_LABEL[a.format]}
                  </p>
                </div>
                {a.underWay ? (
                  <p className="max-w-xs text-sm text-slate-700" data-testid="session-under-way">
                    <span className="font-semibold text-harbor-700">Under way until {formatTime(a.endsAt, tz)}.</span> It has started, so it can no longer be
                    moved or cancelled; if you cannot take part, it counts as one of your sessions.
                  </p>
                ) : (
                  <div className="flex gap-1">
                    <Link href={`/catalogue/${a.psychologist.id}?reschedule=${a.id}`} className={buttonClass("secondary")}>
                      Move
                    </Link>
                    <Link href={`/cabinet/appointments/${a.id}/cancel`} className={buttonClass("ghost")}>
                      Cancel
                    </Link>
                  </div>
                )}
              </li>
            ))}
          </ul>
        )}
      </Card>

      <Card title="Homework">
        {homework.length === 0 ? (
          <EmptyState>Nothing assigned. Your psychologist may give you exercises after a session.</EmptyState>
        ) : (
          <ul className="space-y-3">
            {homework.map((h) => (
              <li key={h.id} className="rounded-lg border border-slate-200 p-3">
                <p className={h.status === "done" ? "text-slate-500 line-through" : ""}>{h.text}</p>
                <p className="mt-1 text-xs text-slate-500">
                  From {h.psychologistName}
                  {h.dueOn ? ` · by ${formatDate(h.dueOn, "UTC")}` : ""} · {h.status === "done" ? "Done" : "To do"}
                </p>
              </li>
            ))}
          </ul>
        )}
      </Card>

      <Card title="Time zone">
        <TimeZoneForm action={setTimeZoneAction} current={tz} zones={timeZoneOptions(tz)} />
      </Card>

      <Card title="History">
        {appointments.past.length === 0 ? (
          <EmptyState>Your past sessions will appear here.</EmptyState>
        ) : (
          <ul className="divide-y divide-slate-100">
            {appointments.past.map((a) => (
              <li key={a.id} className="py-3 text-sm">
                <div className="flex flex-wrap items-center justify-between gap-2">
                  <span>{formatDateTime(a.startsAt, tz)}</span>
                  <span className="text-slate-600">
                    {a.psychologist.displayName} · {FORMAT_LABEL[a.format]} · {STATUS_LABEL[a.status]}
                    {a.reviewed && " · Rated"}
                  </span>
                </div>
                {a.status === "completed" && !a.reviewed && (
                  <FeedbackForm action={leaveFeedbackAction.bind(null, a.id)} psychologistName={a.psychologist.displayName} />
                )}
              </li>
            ))}
          </ul>
        )}
      </Card>
    </AppShell>
  );
}
