import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { AppShell } from "@/components/layout/app-shell";
import { EMPLOYEE_NAV } from "@/components/layout/navigation";
import { Card, EmptyState } from "@/components/ui/card";
import { guardPage } from "@/lib/auth/page-guard";
import { ROUTE_ROLES } from "@/lib/auth/route-roles";
import { listConversations } from "@/lib/chat/list-conversations";
import { requestFormats } from "@/lib/i18n/server-formats";

export async function generateMetadata() {
  return { title: (await getTranslations("conversations"))("title") };
}

export default async function EmployeeMessagesPage() {
  const actor = await guardPage(ROUTE_ROLES["/cabinet/messages"]);
  const [conversations, t, f] = await Promise.all([listConversations(actor), getTranslations("conversations"), requestFormats(actor.timeZone)]);
  return (
    <AppShell actor={actor} nav={EMPLOYEE_NAV} title={t("title")}>
      <Card>
        {conversations.length === 0 ? (
          <EmptyState>{t("emptyEmployee")}</EmptyState>
        ) : (
          <ul className="divide-y divide-slate-100" data-testid="conversations">
            {conversations.map((c) => (
              <li key={c.id}>
                <Link href={`/cabinet/messages/${c.id}`} className="flex flex-wrap items-center justify-between gap-2 py-3 hover:bg-slate-50">
                  <span className="font-medium text-slate-900">{c.psychologist.displayName}</span>
                  <span className="text-sm text-slate-600">
                    {c.unread > 0 && (
                      <span className="mr-2 rounded-full bg-harbor-700 px-2 py-0.5 text-xs font-semibold text-white">{t("unread", { count: c.unread })}</span>
                    )}
                    {c.lastMessageAt ? f.dateTime(c.lastMessageAt) : t("noMessages")}
                  </span>
                </Link>
              </li>
            ))}
          </ul>
        )}
      </Card>
    </AppShell>
  );
}
