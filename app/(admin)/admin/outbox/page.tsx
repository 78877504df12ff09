import { CalendarDays } from "lucide-react";
import { notFound } from "next/navigation";
import { AppShell } from "@/components/layout/app-shell";
import { PLATFORM_ADMIN_NAV } from "@/components/layout/navigation";
import { Card, EmptyState } from "@/components/ui/card";
import { guardPage } from "@/lib/auth/page-guard";
import { ROUTE_ROLES } from "@/lib/auth/route-roles";
import { isAppError } from "@/lib/errors";
import { formatDateTime } from "@/lib/format";
import { listOutbox } from "@/lib/notifications/list-outbox";

export const metadata = { title: "E-mail outbox" };

const STATUS = { queued: "Waiting for the worker", sent: "Sent by SMTP", failed: "Failed", outbox: "In the outbox (no SMTP)" } as const;

export default async function OutboxPage() {
  const actor = await guardPage(ROUTE_ROLES["/admin/outbox"]);
  const emails = await listOutbox(actor).catch((error: unknown) => {
    if (isAppError(error) && error.code === "not_found") notFound();
    throw error;
  });
  return (
    <AppShell actor={actor} nav={PLATFORM_ADMIN_NAV} title="E-mail outbox">
      <p className="text-sm text-slate-700">Development only: the latest 50 e-mails Harbor produced. Without SMTP_URL they stop here instead of being sent.</p>
      <Card>
        {emails.length === 0 ? (
          <EmptyState>No e-mails yet. Book a session to see one.</EmptyState>
        ) : (
          <ul className="divide-y divide-slate-100" data-testid="outbox">
            {emails.map((e) => (
              <li key={e.id} className="py-3 text-sm">
                <details>
                  <summary className="cursor-pointer">
                    <span className="font-medium">{e.subject}</span> → {e.toAddress} · {formatDateTime(e.createdAt, "UTC")} UTC · {STATUS[e.status]}
                    {e.icsBody && (
                      <>
                        {" · "}
                        <CalendarDays aria-hidden className="inline h-4 w-4 align-[-3px]" /> .ics
                      </>
                    )}
                  </summary>
                  <pre className="mt-2 rounded-lg bg-slate-50 p-3 font-mono text-xs whitespace-pre-wrap">{e.textBody}</pre>
                  {e.icsBody && <pre className="mt-2 max-h-48 overflow-auto rounded-lg bg-slate-50 p-3 font-mono text-xs whitespace-pre-wrap">{e.icsBody}</pre>}
                </details>
              </li>
            ))}
          </ul>
        )}
      </Card>
    </AppShell>
  );
}
