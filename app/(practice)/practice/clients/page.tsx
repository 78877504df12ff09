import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { AppShell } from "@/components/layout/app-shell";
import { PRACTICE_NAV } from "@/components/layout/navigation";
import { clientLabel } from "@/components/practice/client-name";
import { Card, EmptyState } from "@/components/ui/card";
import { guardPage } from "@/lib/auth/page-guard";
import { ROUTE_ROLES } from "@/lib/auth/route-roles";
import { listConversations } from "@/lib/chat/list-conversations";
import { requestFormats } from "@/lib/i18n/server-formats";

export async function generateMetadata() {
  return { title: (await getTranslations("clients"))("title") };
}

export default async function ClientsPage() {
  const actor = await guardPage(ROUTE_ROLES["/practice/clients"]);
  const [conversations, t, tp, f] = await Promise.all([
    listConversations(actor),
    getTranslations("clients"),
    getTranslations("practice"),
    requestFormats(actor.timeZone),
  ]);
  return (
    <AppShell actor={actor} nav={PRACTICE_NAV} title={t("title")}>
      <Card>
        {conversations.length === 0 ? (
          <EmptyState>{t("empty")}</EmptyState>
        ) : (
          <ul className="divide-y divide-slate-100" data-testid="clients">
            {conversations.map((c) => (
              <li key={c.id}>
                <Link href={`/practice/clients/${c.id}`} className="flex flex-wrap items-center justify-between gap-2 py-3 hover:bg-slate-50">
                  <span>
                    <span className="font-medium text-slate-900">{clientLabel(c.client, tp)}</span>
                    <span className="text-sm text-slate-600"> · {c.employerName}</span>
                  </span>
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
