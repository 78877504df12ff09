import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { AppShell } from "@/components/layout/app-shell";
import { EMPLOYEE_NAV } from "@/components/layout/navigation";
import { FeedbackForm } from "@/components/cabinet/feedback-form";
import { NpsForm } from "@/components/cabinet/nps-form";
import { HomeworkList } from "@/components/cabinet/homework-list";
import { TimeZoneForm } from "@/components/cabinet/time-zone-form";
import { NotificationList } from "@/components/notifications/notification-list";
import { buttonClass } from "@/components/ui/button";
import { Card, EmptyState, Stat } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import { ROUTE_ROLES } from "@/lib/auth/route-roles";
import { guardPage } from "@/lib/auth/page-guard";
import { getQuotaUsage } from "@/lib/booking/get-quota-usage";
import { openNpsQuestion } from "@/lib/feedback/nps";
import { PLATFORM_MIN_GROUP } from "@/lib/reports/min-group";
import { listMyAppointments } from "@/lib/booking/list-my-appointments";
import { requestFormats } from "@/lib/i18n/server-formats";
import { listNotifications } from "@/lib/notifications/list-notifications";
import { listMyHomework } from "@/lib/tasks/list-my-homework";
import { calendarLinks } from "@/lib/booking/add-to-calendar";
import { isAppError } from "@/lib/errors";
import { AddToCalendarLinks } from "@/components/booking/add-to-calendar-links";
import { answerNpsAction, completeHomeworkAction, leaveFeedbackAction, markEmployeeNotificationsReadAction, setTimeZoneAction } from "./actions";

export async function generateMetadata() {
  return { title: (await getTranslations("cabinet"))("metaTitle") };
}

const link = "font-medium text-harbor-700 underline";

export default async function CabinetPage({ searchParams }: { searchParams: Promise<{ booked?: string; moved?: string; cancelled?: string }> }) {
  const actor = await guardPage(ROUTE_ROLES["/cabinet"]);
  const outcome = await searchParams;
  const [quota, appointments, homework, notifications, npsQuestion, t, tv] = await Promise.all([
    getQuotaUsage(actor),
    listMyAppointments(actor),
    listMyHomework(actor),
    listNotifications(actor),
    openNpsQuestion(actor),
    getTranslations("cabinet"),
    getTranslations("vocabulary"),
  ]);
  const tz = actor.timeZone;
  // The confirmation names the appointment it is about; a link that names another one shows no calendar links.
  const confirmed = outcome.booked ?? outcome.moved;
  const calendar = confirmed ? await calendarLinks(actor, confirmed).catch(noneIfRefused) : null;
  const f = await requestFormats(tz);
  return (
    <AppShell actor={actor} nav={EMPLOYEE_NAV} title={actor.displayName ? t("helloName", { name: actor.displayName }) : t("hello")}>
      {outcome.booked && (
        <Notice tone="success" testId="booking-confirmed">
          {t("booked")}
          {calendar && <AddToCalendarLinks links={calendar} />}
        </Notice>
      )}
      {outcome.moved && (
        <Notice tone="success" testId="booking-moved">
          {t("moved")}
          {calendar && <AddToCalendarLinks links={calendar} />}
        </Notice>
      )}
      {outcome.cancelled && (
        <Notice tone="success" testId="booking-cancelled">
          {t("cancelled")}
        </Notice>
      )}
      <dl className="grid gap-3 sm:grid-cols-3">
        <Stat
          label={t("quotaLabel")}
          value={<span data-testid="quota">{t("quotaValue", { used: quota.used, total: quota.total })}</span>}
          hint={t("quotaYear", { from: f.date(quota.start), to: f.date(new Date(quota.end.getTime() - 1)) })}
        />
        <Stat label={t("upcomingCount")} value={appointments.upcoming.length} />
        <Stat label={t("openHomework")} value={homework.filter((h) => h.status === "assigned").length} />
      </dl>

      {npsQuestion && (
        <Card>
          <NpsForm action={answerNpsAction.bind(null, npsQuestion.id)} minGroup={PLATFORM_MIN_GROUP} />
        </Card>
      )}

      <NotificationList items={notifications} timeZone={tz} audience="employee" markRead={markEmployeeNotificationsReadAction} />

      <Card
        title={t("upcoming")}
        action={
          <Link href="/catalogue" className={buttonClass("ghost")}>
            {t("book")}
          </Link>
        }
      >
        {appointments.upcoming.length === 0 ? (
          <EmptyState>
            {t.rich("noUpcoming", {
              find: (chunks) => (
                <Link href="/catalogue" className={link}>
                  {chunks}
                </Link>
              ),
              match: (chunks) => (
                <Link href="/catalogue/match" className={link}>
                  {chunks}
                </Link>
              ),
            })}
          </EmptyState>
        ) : (
          <ul className="divide-y divide-slate-100" data-testid="upcoming-appointments">
            {appointments.upcoming.map((a) => (
              <li key={a.id} className="flex flex-wrap items-center justify-between gap-2 py-3">
                <div>
                  <p className="font-medium">{f.dateTime(a.startsAt)}</p>
                  <p className="text-sm text-slate-600">
                    {a.psychologist.displayName} · {tv(`format.${a.format}`)}
                  </p>
                </div>
                {a.underWay ? (
                  <div className="flex max-w-sm flex-wrap items-center gap-2" data-testid="session-under-way">
                    <p className="text-sm text-slate-700">
                      <span className="font-semibold text-harbor-700">{t("underWay", { until: f.time(a.endsAt) })}</span> {t("underWayWhy")}
                    </p>
                    <Link href={`/cabinet/sessions/${a.id}`} className={buttonClass("primary")}>
                      {t("enterRoom")}
                    </Link>
                  </div>
                ) : (
                  <div className="flex gap-1">
                    <Link href={`/cabinet/sessions/${a.id}`} className={buttonClass("primary")}>
                      {t("openRoom")}
                    </Link>
                    <Link href={`/catalogue/${a.psychologist.id}?reschedule=${a.id}`} className={buttonClass("secondary")}>
                      {t("move")}
                    </Link>
                    <Link href={`/cabinet/appointments/${a.id}/cancel`} className={buttonClass("ghost")}>
                      {t("cancel")}
                    </Link>
                  </div>
                )}
              </li>
            ))}
          </ul>
        )}
      </Card>

      <Card title={t("homework")}>
        {homework.length === 0 ? <EmptyState>{t("noHomework")}</EmptyState> : <HomeworkList items={homework} timeZone={tz} complete={completeHomeworkAction} />}
      </Card>

      <Card title={t("timeZone")}>
        <TimeZoneForm action={setTimeZoneAction} current={tz} />
      </Card>

      <Card title={t("history")}>
        {appointments.past.length === 0 ? (
          <EmptyState>{t("noHistory")}</EmptyState>
        ) : (
          <ul className="divide-y divide-slate-100">
            {appointments.past.map((a) => (
              <li key={a.id} className="py-3 text-sm">
                <div className="flex flex-wrap items-center justify-between gap-2">
                  <Link href={`/cabinet/sessions/${a.id}`} className="font-medium text-harbor-700 underline">
                    {f.dateTime(a.startsAt)}
                  </Link>
                  <span className="text-slate-600">
                    {a.psychologist.displayName} · {tv(`format.${a.format}`)} · {tv(`appointmentStatus.${a.status}`)}
                    {a.minutesTogether !== null && ` · ${t("minutes", { minutes: a.minutesTogether })}`}
                    {a.reviewed && ` · ${t("rated")}`}
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

/** A refusal (not one's own appointment, a damaged id) leaves the links out; any other failure is the page's. */
function noneIfRefused(error: unknown): null {
  if (isAppError(error)) return null;
  throw error;
}
