import { AppShell } from "@/components/layout/app-shell";
import { PRACTICE_NAV } from "@/components/layout/navigation";
import { Card, EmptyState, Stat } from "@/components/ui/card";
import { ROUTE_ROLES } from "@/lib/auth/route-roles";
import { guardPage } from "@/lib/auth/page-guard";
import { FORMAT_LABEL } from "@/lib/catalogue/vocabulary";
import { formatDateTime } from "@/lib/format";
import { getPracticeAgenda } from "@/lib/sessions/get-practice-agenda";
import Link from "next/link";
import { NotificationList } from "@/components/notifications/notification-list";
import { ActionButton } from "@/components/ui/action-button";
import { buttonClass } from "@/components/ui/button";
import { listNotifications } from "@/lib/notifications/list-notifications";
import { cancelByPsychologistAction, markPracticeNotificationsReadAction, recordAttendanceAction } from "./actions";

export const metadata = { title: "Agenda" };

export default async function PracticePage() {
  const actor = await guardPage(ROUTE_ROLES["/practice"]);
  const [agenda, notifications] = await Promise.all([getPracticeAgenda(actor), listNotifications(actor)]);
  const tz = agenda.profile.timeZone;
  return (
    <AppShell actor={actor} nav={PRACTICE_NAV} title={`Agenda — ${agenda.profile.displayName}`}>
      <dl className="grid gap-3 sm:grid-cols-3">
        <Stat label="Upcoming sessions" value={agenda.upcoming.length} />
        <Stat label="Completed this month" value={agenda.completedThisMonth} />
        <Stat label="Clients in the last 90 days" value={agenda.activeClients} />
      </dl>
      <NotificationList items={notifications} timeZone={tz} audience="psychologist" markRead={markPracticeNotificationsReadAction} />
      {agenda.toRecord.length > 0 && (
        <Card title="How did these sessions go?">
          <ul className="divide-y divide-slate-100" data-testid="to-record">
            {agenda.toRecord.map((item) => (
              <li key={item.id} className="flex flex-wrap items-center justify-between gap-2 py-3">
                <span>
                  <span className="font-medium">{formatDateTime(item.startsAt, tz)}</span> · {item.clientLabel} · {FORMAT_LABEL[item.format]}
                </span>
                <span className="flex gap-1">
                  <ActionButton action={recordAttendanceAction.bind(null, item.id, "completed")} label="Held" />
                  <ActionButton
                    action={recordAttendanceAction.bind(null, item.id, "no_show")}
                    label="No-show"
                    variant="ghost"
                    confirm="Record that the client did not come? The session will count as used."
                  />
                </span>
              </li>
            ))}
          </ul>
        </Card>
      )}
      <Card
        title={`Upcoming sessions (times in ${tz})`}
        action={
          <Link href="/practice/calendar" className={buttonClass("ghost")}>
            Week view
          </Link>
        }
      >
        {agenda.upcoming.length === 0 ? (
          <EmptyState>No sessions booked yet.</EmptyState>
        ) : (
          <ul className="divide-y divide-slate-100" data-testid="agenda">
            {agenda.upcoming.map((item) => (
              <li key={item.id} className="flex flex-wrap items-center justify-between gap-2 py-3">
                <div>
                  <p className="font-medium">{formatDateTime(item.startsAt, tz)}</p>
                  <p className="text-sm text-slate-600">
                    {item.clientLabel} · {item.employerName} · {FORMAT_LABEL[item.format]}
                  </p>
                </div>
                <ActionButton
                  action={cancelByPsychologistAction.bind(null, item.id)}
                  label="Cancel"
                  variant="ghost"
                  confirm="Cancel this session? The client will be told and offered other times."
                />
              </li>
            ))}
          </ul>
        )}
      </Card>
    </AppShell>
  );
}
