import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { buttonClass } from "@/components/ui/button";

export async function generateMetadata() {
  return { title: (await getTranslations("pages.unauthorized"))("title") };
}

/** What an action answers (401) when its session has ended: nothing was changed. */
export default async function Unauthorized() {
  const t = await getTranslations("pages.unauthorized");
  return (
    <main className="mx-auto flex min-h-dvh max-w-md flex-col justify-center gap-4 p-6">
      <p className="text-sm font-semibold text-harbor-700">401</p>
      <h1 className="text-2xl font-bold">{t("heading")}</h1>
      <p className="text-slate-700">{t("body")}</p>
      <Link href="/login" className={buttonClass("primary", "self-start")}>
        {t("signIn")}
      </Link>
    </main>
  );
}
