import { AppShell } from "@/components/layout/app-shell";
import { Card, EmptyState, Stat } from "@/components/ui/card";
import { ROUTE_ROLES } from "@/lib/auth/route-roles";
import { guardPage } from "@/lib/auth/page-guard";
import { getQuotaUsage } from "@/lib/booking/get-quota-usage";
import { listMyAppointments } from "@/lib/booking/list-my-appointments";
import { FORMAT_LABEL } from "@/lib/catalogue/vocabulary";
import { formatDate, formatDateTime } from "@/lib/format";
import { listMyHomework } from "@/lib/tasks/list-my-homework";
import { EMPLOYEE_NAV } from "@/components/layout/navigation";
import { FeedbackForm } from "@/components/cabinet/feedback-form";
import { leaveFeedbackAction } from "./actions";

export const metadata = { title: "My cabinet" };

const STATUS_LABEL = { booked: "Booked", completed: "Completed", cancelled: "Cancelled", no_show: "Missed" } as const;

export default async function CabinetPage() {
  const actor = await guardPage(ROUTE_ROLES["/cabinet"]);
  const [quota, appointments, homework] = await Promise.all([getQuotaUsage(actor), listMyAppointments(actor), listMyHomework(actor)]);
  const tz = actor.timeZone;
  return (
    <AppShell actor={actor} nav={EMPLOYEE_NAV} title={`Hello${actor.displayName ? `, ${actor.displayName}` : ""}`}>
      <dl className="grid gap-3 sm:grid-cols-3">
        <Stat label="Sessions used this contract year" value={<span data-testid="quota">{`${quota.used} of ${quota.total}`}</span>} hint={`Year runs ${formatDate(quota.start, tz)} – ${formatDate(new Date(quota.end.getTime() - 1), tz)}`} />
        <Stat label="Upcoming sessions" value={appointments.upcoming.length} />
        <Stat label="Open homework" value={homework.filter((h) => h.status === "assigned").length} />
      </dl>

      <Card title="Upcoming sessions">
        {appointments.upcoming.length === 0 ? (
          <EmptyState>You have no sessions booked.</EmptyState>
        ) : (
          <ul className="divide-y divide-slate-100" data-testid="upcoming-appointments">
            {appointments.upcoming.map((a) => (
              <li key={a.id} className="flex flex-wrap items-center justify-between gap-2 py-3">
                <span className="font-medium">{formatDateTime(a.startsAt, tz)}</span>
                <span className="text-sm text-slate-600">
                  {a.psychologist.displayName} · {FORMAT_LABEL[a.format]}
                </span>
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
                {a.status === "completed" && !a.reviewed && <FeedbackForm action={leaveFeedbackAction.bind(null, a.id)} psychologistName={a.psychologist.displayName} />}
              </li>
            ))}
          </ul>
        )}
      </Card>
    </AppShell>
  );
}
