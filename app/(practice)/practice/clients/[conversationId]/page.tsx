import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { HomeworkList } from "@/components/cabinet/homework-list";
import { ChatPanel } from "@/components/chat/chat-panel";
import { AppShell } from "@/components/layout/app-shell";
import { PRACTICE_NAV } from "@/components/layout/navigation";
import { clientLabel } from "@/components/practice/client-name";
import { SeriesForm } from "@/components/practice/series-form";
import { Card, EmptyState } from "@/components/ui/card";
import { guardPage, pageRecord } from "@/lib/auth/page-guard";
import { ROUTE_ROLES } from "@/lib/auth/route-roles";
import { seriesOptions, type SeriesOptions } from "@/lib/booking/book-series";
import { latestMessages } from "@/lib/chat/read-messages";
import { requestFormats } from "@/lib/i18n/server-formats";
import { getClientFile } from "@/lib/sessions/get-client-file";
import { bookSeriesAction } from "../../actions";

export async function generateMetadata() {
  return { title: (await getTranslations("clients"))("fileTitle") };
}

export default async function ClientFilePage({ params }: { params: Promise<{ conversationId: string }> }) {
  const actor = await guardPage(ROUTE_ROLES["/practice/clients"]);
  const file = await pageRecord(getClientFile(actor, (await params).conversationId));
  const [messages, series, t, tp, tv, f] = await Promise.all([
    latestMessages(actor, file.conversationId),
    seriesOptions(actor, file.conversationId),
    getTranslations("clients"),
    getTranslations("practice"),
    getTranslations("vocabulary"),
    requestFormats(actor.timeZone),
  ]);
  const name = clientLabel(file.client, tp);
  return (
    <AppShell actor={actor} nav={PRACTICE_NAV} title={`${name} · ${file.employerName}`}>
      <div className="grid gap-4 lg:grid-cols-2">
        <Card title={t("sessions")}>
          {file.sessions.length === 0 ? (
            <EmptyState>{t("noSessions")}</EmptyState>
          ) : (
            <ul className="divide-y divide-slate-100" data-testid="client-sessions">
              {file.sessions.map((s) => (
                <li key={s.id} className="space-y-1 py-3 text-sm">
                  <Link href={`/practice/sessions/${s.id}`} className="font-medium text-harbor-700 underline">
                    {f.dateTime(s.startsAt)}
                  </Link>
                  <p className="text-slate-600">
                    {tv(`format.${s.format}`)} · {tv(`appointmentStatus.${s.status}`)}
                    {s.topic && ` · ${tv(`topic.${s.topic}`)}`}
                    {s.minutesTogether !== null && ` · ${t("minutes", { minutes: s.minutesTogether })}`}
                  </p>
                  {s.note && (
                    <p className="rounded-md bg-amber-50 p-2 whitespace-pre-wrap text-slate-800" data-testid="client-note">
                      {s.note}
                    </p>
                  )}
                </li>
              ))}
            </ul>
          )}
        </Card>
        <Card title={t("homework")}>
          {file.homework.length === 0 ? <EmptyState>{t("noHomework")}</EmptyState> : <HomeworkList items={file.homework} timeZone={actor.timeZone} />}
        </Card>
      </div>
      <Card title={t("series.title")}>
        <SeriesCard options={series} conversationId={file.conversationId} timeZone={actor.timeZone} t={t} />
      </Card>
      <ChatPanel conversationId={file.conversationId} side="psychologist" initial={messages} otherName={name} timeZone={actor.timeZone} />
    </AppShell>
  );
}

/** The series form, or why a series cannot be booked for this client now. */
function SeriesCard({
  options,
  conversationId,
  timeZone,
  t,
}: {
  options: SeriesOptions | null;
  conversationId: string;
  timeZone: string;
  t: Awaited<ReturnType<typeof getTranslations<"clients">>>;
}) {
  if (!options) return <EmptyState>{t("series.unavailable")}</EmptyState>;
  if (options.left < 2) return <EmptyState>{t("series.noneLeft")}</EmptyState>;
  if (options.firstTimes.length === 0) return <EmptyState>{t("series.noTimes")}</EmptyState>;
  return <SeriesForm action={bookSeriesAction.bind(null, conversationId)} options={options} timeZone={timeZone} />;
}
