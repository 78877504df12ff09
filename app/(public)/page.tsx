import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { buttonClass } from "@/components/ui/button";
import { UrgentHelpLink } from "@/components/urgent-help/urgent-help-link";

export default async function Landing() {
  const t = await getTranslations("landing");
  return (
    <main className="mx-auto flex min-h-dvh max-w-2xl flex-col justify-center gap-8 p-6">
      <div className="space-y-4">
        <div className="flex flex-wrap items-center justify-between gap-3">
          <p className="text-sm font-semibold tracking-wide text-harbor-700 uppercase">{t("brand")}</p>
          <UrgentHelpLink />
        </div>
        <h1 className="text-3xl leading-tight font-bold sm:text-4xl">{t("title")}</h1>
        <p className="text-lg text-slate-700">{t("intro")}</p>
      </div>
      <ul className="grid gap-3 text-sm text-slate-700 sm:grid-cols-3">
        <li className="rounded-lg bg-white p-4 shadow-sm">{t("pointChoose")}</li>
        <li className="rounded-lg bg-white p-4 shadow-sm">{t("pointNoExplaining")}</li>
        <li className="rounded-lg bg-white p-4 shadow-sm">{t("pointAnonymous")}</li>
      </ul>
      <div className="flex flex-wrap gap-3">
        <Link href="/login" className={buttonClass("primary")}>
          {(await getTranslations("common"))("signIn")}
        </Link>
      </div>
      <p className="text-sm text-slate-600">
        {t.rich("firstTime", {
          link: (chunks) => (
            <Link href="/register" className="font-semibold text-harbor-700 underline">
              {chunks}
            </Link>
          ),
        })}
      </p>
    </main>
  );
}
