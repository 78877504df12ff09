import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { ChatPanel } from "@/components/chat/chat-panel";
import { replyHint } from "@/components/chat/reply-hint";
import { AppShell } from "@/components/layout/app-shell";
import { EMPLOYEE_NAV } from "@/components/layout/navigation";
import { SessionHeader } from "@/components/sessions/session-header";
import { EmployeeSessionEndCard } from "@/components/sessions/employee-session-end";
import { RunningLateNotice } from "@/components/sessions/running-late";
import { SessionRoomLive, WhenSessionOver } from "@/components/sessions/session-live";
import { SessionStage } from "@/components/sessions/session-stage";
import { guardPage, pageRecord } from "@/lib/auth/page-guard";
import { ROUTE_ROLES } from "@/lib/auth/route-roles";
import { latestMessages } from "@/lib/chat/read-messages";
import { replyHabit } from "@/lib/chat/reply-time";
import { getEmployeeSessionEnd } from "@/lib/sessions/employee-session-end";
import { getSessionRoom } from "@/lib/sessions/get-session-room";

export async function generateMetadata() {
  return { title: (await getTranslations("room"))("metaTitle") };
}

export default async function EmployeeSessionPage({ params }: { params: Promise<{ appointmentId: string }> }) {
  const actor = await guardPage(ROUTE_ROLES["/cabinet"]);
  const room = await pageRecord(getSessionRoom(actor, (await params).appointmentId));
  const [messages, habit, end, t] = await Promise.all([
    latestMessages(actor, room.conversationId),
    replyHabit(room.psychologist.profileId),
    getEmployeeSessionEnd(actor, room.id),
    getTranslations("room"),
  ]);
  const name = room.psychologist.displayName;
  return (
    <AppShell actor={actor} nav={EMPLOYEE_NAV} title={t("title")}>
      <SessionRoomLive room={room}>
        <SessionHeader room={room} otherName={name} timeZone={actor.timeZone} />
        <RunningLateNotice psychologistName={name} timeZone={actor.timeZone} />
        <SessionStage
          room={room}
          otherName={name}
          timeZone={actor.timeZone}
          chat={
            <ChatPanel
              conversationId={room.conversationId}
              side="employee"
              initial={messages}
              otherName={name}
              timeZone={actor.timeZone}
              hint={await replyHint(habit, actor.timeZone)}
            />
          }
        />
        <WhenSessionOver>
          <EmployeeSessionEndCard end={end} psychologistName={name} timeZone={actor.timeZone} />
        </WhenSessionOver>
        <Link href="/cabinet" className="text-sm font-medium text-harbor-700 underline">
          {t("backToCabinet")}
        </Link>
      </SessionRoomLive>
    </AppShell>
  );
}
