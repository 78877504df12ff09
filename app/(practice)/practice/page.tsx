import { AppShell } from "@/components/layout/app-shell";
import { PRACTICE_NAV } from "@/components/layout/navigation";
import { Card, EmptyState, Stat } from "@/components/ui/card";
import { ROUTE_ROLES } from "@/lib/auth/route-roles";
import { guardPage } from "@/lib/auth/page-guard";
import { FORMAT_LABEL } from "@/lib/catalogue/vocabulary";
import { formatDateTime } from "@/lib/format";
import { getPracticeAgenda } from "@/lib/sessions/get-practice-agenda";

export const metadata = { title: "Agenda" };

export default async function PracticePage() {
  const actor = await guardPage(ROUTE_ROLES["/practice"]);
  const agenda = await getPracticeAgenda(actor);
  const tz = agenda.profile.timeZone;
  return (
    <AppShell actor={actor} nav={PRACTICE_NAV} title={`Agenda — ${agenda.profile.displayName}`}>
      <dl className="grid gap-3 sm:grid-cols-3">
        <Stat label="Upcoming sessions" value={agenda.upcoming.length} />
        <Stat label="Completed this month" value={agenda.completedThisMonth} />
        <Stat label="Clients in the last 90 days" value={agenda.activeClients} />
      </dl>
      <Card title={`Upcoming sessions (times in ${tz})`}>
        {agenda.upcoming.length === 0 ? (
          <EmptyState>No sessions booked yet.</EmptyState>
        ) : (
          <ul className="divide-y divide-slate-100" data-testid="agenda">
            {agenda.upcoming.map((item) => (
              <li key={item.id} className="flex flex-wrap items-center justify-between gap-2 py-3">
                <span className="font-medium">{formatDateTime(item.startsAt, tz)}</span>
                <span className="text-sm text-slate-600">
                  {item.clientLabel} · {item.employerName} · {FORMAT_LABEL[item.format]}
                </span>
              </li>
            ))}
          </ul>
        )}
      </Card>
    </AppShell>
  );
}
