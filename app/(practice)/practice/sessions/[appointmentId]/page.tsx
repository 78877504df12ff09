import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { ChatPanel } from "@/components/chat/chat-panel";
import { AppShell } from "@/components/layout/app-shell";
import { PRACTICE_NAV } from "@/components/layout/navigation";
import { clientLabel } from "@/components/practice/client-name";
import { HomeworkList } from "@/components/cabinet/homework-list";
import { CompleteSessionForm, HomeworkForm, NoteForm } from "@/components/sessions/session-forms";
import { SessionHeader } from "@/components/sessions/session-header";
import { RunningLateForm } from "@/components/sessions/running-late";
import { SessionRoomLive } from "@/components/sessions/session-live";
import { SessionStage } from "@/components/sessions/session-stage";
import { ActionButton } from "@/components/ui/action-button";
import { Card } from "@/components/ui/card";
import { guardPage, pageRecord } from "@/lib/auth/page-guard";
import { ROUTE_ROLES } from "@/lib/auth/route-roles";
import { latestMessages } from "@/lib/chat/read-messages";
import { getSessionRoom } from "@/lib/sessions/get-session-room";
import { isOpenStatus } from "@/lib/sessions/session-status";
import { getPsychologistSessionEnd } from "@/lib/sessions/psychologist-session-end";
import { readSessionNote } from "@/lib/sessions/session-notes";
import { readOwnRiskFlag } from "@/lib/risk/risk-flags";
import { RiskFlagForm } from "@/components/risk/risk-flag-form";
import { assignHomeworkAction, completeSessionAction, markRunningLateAction, raiseRiskFlagAction, recordNoShowAction, saveNoteAction } from "../../actions";

export async function generateMetadata() {
  return { title: (await getTranslations("room"))("metaTitle") };
}

export default async function PracticeSessionPage({ params }: { params: Promise<{ appointmentId: string }> }) {
  const actor = await guardPage(ROUTE_ROLES["/practice"]);
  const room = await pageRecord(getSessionRoom(actor, (await params).appointmentId));
  const [messages, note, end, riskFlag, t, tv, tc, tr] = await Promise.all([
    latestMessages(actor, room.conversationId),
    readSessionNote(actor, room.id),
    getPsychologistSessionEnd(actor, room.id),
    readOwnRiskFlag(actor, room.id),
    getTranslations("room"),
    getTranslations("vocabulary"),
    getTranslations("practice"),
    getTranslations("risk"),
  ]);
  const name = clientLabel(room.client, tc);
  const open = isOpenStatus(room.status);
  const started = room.startsAt <= new Date();
  return (
    <AppShell actor={actor} nav={PRACTICE_NAV} title={t("title")}>
      <SessionRoomLive room={room}>
        <SessionHeader room={room} otherName={`${name} · ${room.employerName}`} timeZone={actor.timeZone} />
        {open && <RunningLateForm action={markRunningLateAction.bind(null, room.id)} />}
        <SessionStage
          room={room}
          otherName={name}
          timeZone={actor.timeZone}
          chat={<ChatPanel conversationId={room.conversationId} side="psychologist" initial={messages} otherName={name} timeZone={actor.timeZone} />}
        />
        {end.recorded && (
          <Card title={t("howItEnded")}>
            <p className="text-sm" data-testid="recorded-outcome">
              {end.recorded.status === "completed"
                ? t("recordedHeld", { topic: end.recorded.topic ? tv(`topic.${end.recorded.topic}`) : "—" })
                : t("recordedNoShow")}
            </p>
          </Card>
        )}
        {open && started && (
          <Card title={t("howItEnded")}>
            <div className="grid gap-4 sm:grid-cols-[2fr_1fr]">
              <CompleteSessionForm
                action={completeSessionAction.bind(null, room.id)}
                topics={room.topics.map((slug) => ({ slug, label: tv(`topic.${slug}`) }))}
              />
              <div className="space-y-2">
                <p className="text-sm text-slate-700">{t("noShowWhy")}</p>
                <ActionButton action={recordNoShowAction.bind(null, room.id)} label={t("noShow")} variant="secondary" confirm={t("noShowConfirm")} />
              </div>
            </div>
          </Card>
        )}
        {room.status !== "cancelled" && started && (
          <div className="grid gap-4 lg:grid-cols-2">
            <Card title={t("privateNote")}>
              <NoteForm action={saveNoteAction.bind(null, room.id)} initial={note?.text ?? ""} />
            </Card>
            <Card title={t("homework")}>
              <div className="space-y-4">
                {end.homework.length > 0 && <HomeworkList items={end.homework} timeZone={actor.timeZone} />}
                <HomeworkForm action={assignHomeworkAction.bind(null, room.id)} />
              </div>
            </Card>
          </div>
        )}
        {room.status !== "cancelled" && started && (
          <Card title={tr("title")}>
            {riskFlag ? (
              <p className="text-sm" data-testid="risk-flag-raised">
                {tr("raised", { level: tr(`levels.${riskFlag.level}`), status: tr(`statuses.${riskFlag.status}`) })}
              </p>
            ) : (
              <RiskFlagForm action={raiseRiskFlagAction.bind(null, room.id)} />
            )}
          </Card>
        )}
        <Link href={`/practice/clients/${room.conversationId}`} className="text-sm font-medium text-harbor-700 underline">
          {t("clientFile", { name })}
        </Link>
      </SessionRoomLive>
    </AppShell>
  );
}
