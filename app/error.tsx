"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";

/**
 * A page that failed to load: in production its reason is not sent to the browser, so this says what
 * is most often true (the database restarting, gone in seconds), that nothing saved is lost, and
 * offers to try again. Refusals (401/403/404) have pages of their own and never reach here. An error
 * thrown in the browser itself carries no server digest: it is not the database, and is not called so.
 */
export default function PageError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("pageError");
  return (
    <main className="mx-auto max-w-xl space-y-4 px-4 py-16" role="alert">
      <h1 className="text-2xl font-semibold text-slate-900">{t("title")}</h1>
      <p className="text-slate-700">{error.digest ? t("body") : t("inBrowser")}</p>
      <Button type="button" onClick={reset}>
        {t("retry")}
      </Button>
    </main>
  );
}
