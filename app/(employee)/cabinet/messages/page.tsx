import { getTranslations } from "next-intl/server";
import { ConversationLink } from "@/components/chat/conversation-link";
import { AppShell } from "@/components/layout/app-shell";
import { EMPLOYEE_NAV } from "@/components/layout/navigation";
import { Card, EmptyState } from "@/components/ui/card";
import { guardPage } from "@/lib/auth/page-guard";
import { ROUTE_ROLES } from "@/lib/auth/route-roles";
import { listConversations } from "@/lib/chat/list-conversations";

export async function generateMetadata() {
  return { title: (await getTranslations("conversations"))("title") };
}

export default async function EmployeeMessagesPage() {
  const actor = await guardPage(ROUTE_ROLES["/cabinet/messages"]);
  const [conversations, t] = await Promise.all([listConversations(actor), getTranslations("conversations")]);
  return (
    <AppShell actor={actor} nav={EMPLOYEE_NAV} title={t("title")}>
      <Card>
        {conversations.length === 0 ? (
          <EmptyState>{t("emptyEmployee")}</EmptyState>
        ) : (
          <ul className="divide-y divide-slate-100" data-testid="conversations">
            {conversations.map((c) => (
              <li key={c.id}>
                <ConversationLink href={`/cabinet/messages/${c.id}`} unread={c.unread} lastMessageAt={c.lastMessageAt} timeZone={actor.timeZone}>
                  <span className="font-medium text-slate-900">{c.psychologist.displayName}</span>
                </ConversationLink>
              </li>
            ))}
          </ul>
        )}
      </Card>
    </AppShell>
  );
}
