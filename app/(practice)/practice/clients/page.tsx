import { getTranslations } from "next-intl/server";
import { ConversationLink } from "@/components/chat/conversation-link";
import { AppShell } from "@/components/layout/app-shell";
import { PRACTICE_NAV } from "@/components/layout/navigation";
import { clientLabel } from "@/components/practice/client-name";
import { Card, EmptyState } from "@/components/ui/card";
import { guardPage } from "@/lib/auth/page-guard";
import { ROUTE_ROLES } from "@/lib/auth/route-roles";
import { listConversations } from "@/lib/chat/list-conversations";

export async function generateMetadata() {
  return { title: (await getTranslations("clients"))("title") };
}

export default async function ClientsPage() {
  const actor = await guardPage(ROUTE_ROLES["/practice/clients"]);
  const [conversations, t, tp] = await Promise.all([listConversations(actor), getTranslations("clients"), getTranslations("practice")]);
  return (
    <AppShell actor={actor} nav={PRACTICE_NAV} title={t("title")}>
      <Card>
        {conversations.length === 0 ? (
          <EmptyState>{t("empty")}</EmptyState>
        ) : (
          <ul className="divide-y divide-slate-100" data-testid="clients">
            {conversations.map((c) => (
              <li key={c.id}>
                <ConversationLink href={`/practice/clients/${c.id}`} unread={c.unread} lastMessageAt={c.lastMessageAt} timeZone={actor.timeZone}>
                  <span className="font-medium text-slate-900">{clientLabel(c.client, tp)}</span>
                  <span className="text-sm text-slate-600"> · {c.employerName}</span>
                </ConversationLink>
              </li>
            ))}
          </ul>
        )}
      </Card>
    </AppShell>
  );
}
