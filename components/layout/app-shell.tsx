import Link from "next/link";
import { Fragment } from "react";
import { NextIntlClientProvider } from "next-intl";
import { getMessages, getTranslations } from "next-intl/server";
import type { Actor } from "@/lib/auth/guard";
import { countUnread } from "@/lib/chat/count-unread";
import { clientMessages, SIGNED_IN_NAMESPACES } from "@/lib/i18n/client-messages";
import type { Messages } from "@/lib/i18n/messages";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { UrgentHelpLink } from "@/components/urgent-help/urgent-help-link";

export interface NavItem {
  href: string;
  /** A key of the "nav" messages. */
  label: keyof Messages["nav"];
  /** Carries the count of unread messages. */
  showsUnread?: boolean;
}

/** The frame of every signed-in page: who you are, where you can go, and a way out. */
export async function AppShell({ actor, nav, title, children }: { actor: Actor; nav: NavItem[]; title: string; children: React.ReactNode }) {
  const [t, roles, labels, unread, messages] = await Promise.all([
    getTranslations("shell"),
    getTranslations("roles"),
    getTranslations("nav"),
    nav.some((item) => item.showsUnread) ? countUnread(actor) : 0,
    getMessages(),
  ]);
  return (
    // Signed-in pages' client components read more messages than the public pages get (lib/i18n/client-messages).
    <NextIntlClientProvider messages={clientMessages(messages, SIGNED_IN_NAMESPACES[actor.role])}>
      <div className="min-h-dvh">
        <header className="border-b border-slate-200 bg-white">
          <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-3 px-4 py-3">
            <Link href="/home" className="flex items-center gap-2 font-bold text-harbor-900">
              <span aria-hidden className="inline-block h-7 w-7 rounded-lg bg-harbor-700" />
              Harbor
            </Link>
            <nav aria-label={t("main")} className="order-3 flex w-full flex-wrap gap-1 sm:order-none sm:w-auto">
              {nav.map((item) => {
                const badge = item.showsUnread && unread > 0;
                // The count is the link's description, not its name: the menu item stays "Messages".
                const described = badge ? `unread-${item.label}` : undefined;
                return (
                  <Fragment key={item.href}>
                    <Link
                      href={item.href}
                      aria-describedby={described}
                      className="rounded-md px-3 py-2 text-sm font-medium whitespace-nowrap text-slate-700 hover:bg-slate-100"
                    >
                      {labels(item.label)}
                      {badge && (
                        <span
                          aria-hidden
                          className="ml-1.5 rounded-full bg-harbor-700 px-1.5 py-0.5 text-xs font-semibold text-white"
                          data-testid="unread-count"
                        >
                          {unread}
                        </span>
                      )}
                    </Link>
                    {badge && (
                      <span id={described} className="sr-only">
                        {t("unread", { count: unread })}
                      </span>
                    )}
                  </Fragment>
                );
              })}
            </nav>
            <div className="flex flex-wrap items-center gap-3">
              {actor.role === "employee" && <UrgentHelpLink />}
              <span className="hidden text-right text-xs text-slate-600 sm:block" data-testid="signed-in-as">
                {actor.displayName ?? actor.email}
                <br />
                {roles(actor.role)}
              </span>
              <Link href="/account/security" className="rounded-md px-2 py-2 text-sm font-medium text-slate-700 underline hover:bg-slate-100">
                {t("security")}
              </Link>
              <SignOutButton />
            </div>
          </div>
        </header>
        <main className="mx-auto max-w-5xl space-y-6 px-4 py-6">
          <h1 className="text-2xl font-bold text-slate-900">{title}</h1>
          {children}
        </main>
      </div>
    </NextIntlClientProvider>
  );
}
