import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { buttonClass } from "@/components/ui/button";

export async function generateMetadata() {
  return { title: (await getTranslations("pages.notFound"))("title") };
}

export default async function NotFound() {
  const t = await getTranslations("pages.notFound");
  return (
    <main className="mx-auto flex min-h-dvh max-w-md flex-col justify-center gap-4 p-6">
      <p className="text-sm font-semibold text-harbor-700">404</p>
      <h1 className="text-2xl font-bold">{t("heading")}</h1>
      <p className="text-slate-700">{t("body")}</p>
      <Link href="/" className={buttonClass("primary", "self-start")}>
        {t("back")}
      </Link>
    </main>
  );
}
