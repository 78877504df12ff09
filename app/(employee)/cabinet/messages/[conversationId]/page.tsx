import { getTranslations } from "next-intl/server";
import { ChatPanel } from "@/components/chat/chat-panel";
import { AppShell } from "@/components/layout/app-shell";
import { EMPLOYEE_NAV } from "@/components/layout/navigation";
import { guardPage, pageRecord } from "@/lib/auth/page-guard";
import { ROUTE_ROLES } from "@/lib/auth/route-roles";
import { findOwnConversation } from "@/lib/chat/conversation-access";
import { latestMessages } from "@/lib/chat/read-messages";
import { replyHabit } from "@/lib/chat/reply-time";
import { requestFormats } from "@/lib/i18n/server-formats";

export async function generateMetadata() {
  return { title: (await getTranslations("conversations"))("title") };
}

export default async function EmployeeConversationPage({ params }: { params: Promise<{ conversationId: string }> }) {
  const actor = await guardPage(ROUTE_ROLES["/cabinet/messages"]);
  const conversation = await pageRecord(findOwnConversation(actor, (await params).conversationId));
  const [messages, habit, t, f] = await Promise.all([
    latestMessages(actor, conversation.id),
    replyHabit(conversation.psychologistId),
    getTranslations("conversations"),
    requestFormats(actor.timeZone),
  ]);
  const days = habit.workdays.map((day) => f.weekday(day));
  const hint =
    habit.medianMinutes !== null
      ? t("usuallyAnswers", { hours: Math.max(1, Math.round(habit.medianMinutes / 60)), days: days.join(", ") || "-" })
      : days.length
        ? t("worksOn", { days: days.join(", ") })
        : t("answersBetweenSessions");
  return (
    <AppShell actor={actor} nav={EMPLOYEE_NAV} title={t("with", { name: conversation.psychologistName })}>
      <ChatPanel
        conversationId={conversation.id}
        side="employee"
        initial={messages}
        otherName={conversation.psychologistName}
        timeZone={actor.timeZone}
        hint={hint}
      />
    </AppShell>
  );
}
