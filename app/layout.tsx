import type { Metadata, Viewport } from "next";
import { headers } from "next/headers";
import { NextIntlClientProvider } from "next-intl";
import { getLocale, getMessages, getTranslations } from "next-intl/server";
import { LocaleSwitch } from "@/components/i18n/locale-switch";
import { clientMessages, PUBLIC_NAMESPACES } from "@/lib/i18n/client-messages";
import { chooseLocaleAction } from "./locale/actions";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  return {
    title: { default: "Harbor", template: "%s · Harbor" },
    description: (await getTranslations("common"))("description"),
    robots: { index: false, follow: false },
  };
}

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#17635d" };

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  // Every page renders per request: its scripts carry this request's CSP nonce (proxy.ts), which a
  // page prerendered at build time could not; and its language is the request's (lib/i18n).
  await headers();
  const locale = await getLocale();
  return (
    <html lang={locale}>
      <body className="flex min-h-dvh flex-col bg-slate-50 font-sans text-slate-900 antialiased">
        <NextIntlClientProvider messages={clientMessages(await getMessages(), PUBLIC_NAMESPACES)}>
          <div className="flex-1">{children}</div>
          <footer className="mx-auto flex w-full max-w-5xl justify-end px-4 py-4">
            <LocaleSwitch choose={chooseLocaleAction} />
          </footer>
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
