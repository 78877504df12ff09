import { getTranslations } from "next-intl/server";
import { ChatPanel } from "@/components/chat/chat-panel";
import { replyHint } from "@/components/chat/reply-hint";
import { AppShell } from "@/components/layout/app-shell";
import { EMPLOYEE_NAV } from "@/components/layout/navigation";
import { guardPage, pageRecord } from "@/lib/auth/page-guard";
import { ROUTE_ROLES } from "@/lib/auth/route-roles";
import { findOwnConversation } from "@/lib/chat/conversation-access";
import { latestMessages } from "@/lib/chat/read-messages";
import { replyHabit } from "@/lib/chat/reply-time";

export async function generateMetadata() {
  return { title: (await getTranslations("conversations"))("title") };
}

export default async function EmployeeConversationPage({ params }: { params: Promise<{ conversationId: string }> }) {
  const actor = await guardPage(ROUTE_ROLES["/cabinet/messages"]);
  const conversation = await pageRecord(findOwnConversation(actor, (await params).conversationId));
  const [messages, habit, t] = await Promise.all([
    latestMessages(actor, conversation.id),
    replyHabit(conversation.psychologistId),
    getTranslations("conversations"),
  ]);
  const hint = await replyHint(habit, actor.timeZone);
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
