import { CalendarDays } from "lucide-react";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { AppShell } from "@/components/layout/app-shell";
import { PLATFORM_ADMIN_NAV } from "@/components/layout/navigation";
import { Card, EmptyState } from "@/components/ui/card";
import { guardPage } from "@/lib/auth/page-guard";
import { ROUTE_ROLES } from "@/lib/auth/route-roles";
import { isAppError } from "@/lib/errors";
import { requestFormats } from "@/lib/i18n/server-formats";
import { listOutbox } from "@/lib/notifications/list-outbox";

export async function generateMetadata() {
  return { title: (await getTranslations("outbox"))("title") };
}

export default async function OutboxPage() {
  const actor = await guardPage(ROUTE_ROLES["/admin/outbox"]);
  const emails = await listOutbox(actor).catch((error: unknown) => {
    if (isAppError(error) && error.code === "not_found") notFound();
    throw error;
  });
  const [t, f] = await Promise.all([getTranslations("outbox"), requestFormats("UTC")]);
  return (
    <AppShell actor={actor} nav={PLATFORM_ADMIN_NAV} title={t("title")}>
      <p className="text-sm text-slate-700">{t("intro")}</p>
      <Card>
        {emails.length === 0 ? (
          <EmptyState>{t("none")}</EmptyState>
        ) : (
          <ul className="divide-y divide-slate-100" data-testid="outbox">
            {emails.map((e) => (
              <li key={e.id} className="py-3 text-sm">
                <details>
                  <summary className="cursor-pointer">
                    <span className="font-medium">{e.subject}</span> → {e.to} · {f.dateTime(e.createdAt)} UTC · {t(`status.${e.status}`)}
                    {e.ics && (
                      <>
                        {" · "}
                        <CalendarDays aria-hidden className="inline h-4 w-4 align-[-3px]" /> .ics
                      </>
                    )}
                  </summary>
                  <pre className="mt-2 rounded-lg bg-slate-50 p-3 font-mono text-xs whitespace-pre-wrap">{e.text}</pre>
                  {e.ics && <pre className="mt-2 max-h-48 overflow-auto rounded-lg bg-slate-50 p-3 font-mono text-xs whitespace-pre-wrap">{e.ics}</pre>}
                </details>
              </li>
            ))}
          </ul>
        )}
      </Card>
    </AppShell>
  );
}
