import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { AppShell } from "@/components/layout/app-shell";
import { PRACTICE_NAV } from "@/components/layout/navigation";
import { NotificationList } from "@/components/notifications/notification-list";
import { ClientName } from "@/components/practice/client-name";
import { ActionButton } from "@/components/ui/action-button";
import { buttonClass } from "@/components/ui/button";
import { Card, EmptyState, Stat } from "@/components/ui/card";
import { ROUTE_ROLES } from "@/lib/auth/route-roles";
import { guardPage } from "@/lib/auth/page-guard";
import { requestFormats } from "@/lib/i18n/server-formats";
import { listNotifications } from "@/lib/notifications/list-notifications";
import { getPracticeAgenda } from "@/lib/sessions/get-practice-agenda";
import { cancelByPsychologistAction, markPracticeNotificationsReadAction } from "./actions";

export async function generateMetadata() {
  return { title: (await getTranslations("practice"))("metaTitle") };
}

export default async function PracticePage() {
  const actor = await guardPage(ROUTE_ROLES["/practice"]);
  const [agenda, notifications, t, tv] = await Promise.all([
    getPracticeAgenda(actor),
    listNotifications(actor),
    getTranslations("practice"),
    getTranslations("vocabulary"),
  ]);
  const tz = agenda.profile.timeZone;
  const f = await requestFormats(tz);
  return (
    <AppShell actor={actor} nav={PRACTICE_NAV} title={t("title", { name: agenda.profile.displayName })}>
      <dl className="grid gap-3 sm:grid-cols-3">
        <Stat label={t("upcomingCount")} value={agenda.upcoming.length} />
        <Stat label={t("completedThisMonth")} value={agenda.completedThisMonth} />
        <Stat
          label={t("clients")}
          value={
            <Link href="/practice/clients" className="underline decoration-slate-300 underline-offset-4 hover:decoration-harbor-700">
              {agenda.clients}
            </Link>
          }
        />
      </dl>
      <NotificationList items={notifications} timeZone={tz} audience="psychologist" markRead={markPracticeNotificationsReadAction} />
      {agenda.toRecord.length > 0 && (
        <Card title={t("toRecord")}>
          <ul className="divide-y divide-slate-100" data-testid="to-record">
            {agenda.toRecord.map((item) => (
              <li key={item.id} className="flex flex-wrap items-center justify-between gap-2 py-3">
                <span>
                  <span className="font-medium">{f.dateTime(item.startsAt)}</span> · <ClientName client={item.client} /> · {tv(`format.${item.format}`)}
                </span>
                <Link href={`/practice/sessions/${item.id}`} className={buttonClass("secondary")}>
                  {t("record")}
                </Link>
              </li>
            ))}
          </ul>
        </Card>
      )}
      <Card
        title={t("upcoming", { zone: tz.replace(/_/g, " ") })}
        action={
          <Link href="/practice/calendar" className={buttonClass("ghost")}>
            {t("weekView")}
          </Link>
        }
      >
        {agenda.upcoming.length === 0 ? (
          <EmptyState>{t("noUpcoming")}</EmptyState>
        ) : (
          <ul className="divide-y divide-slate-100" data-testid="agenda">
            {agenda.upcoming.map((item) => (
              <li key={item.id} className="flex flex-wrap items-center justify-between gap-2 py-3">
                <div>
                  <p className="font-medium">{f.dateTime(item.startsAt)}</p>
                  <p className="text-sm text-slate-600">
                    <ClientName client={item.client} /> · {item.employerName} · {tv(`format.${item.format}`)}
                  </p>
                </div>
                <span className="flex gap-1">
                  <Link href={`/practice/sessions/${item.id}`} className={buttonClass("secondary")}>
                    {t("openRoom")}
                  </Link>
                  <ActionButton action={cancelByPsychologistAction.bind(null, item.id)} label={t("cancel")} variant="ghost" confirm={t("cancelConfirm")} />
                </span>
              </li>
            ))}
          </ul>
        )}
      </Card>
    </AppShell>
  );
}
