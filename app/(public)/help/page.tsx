import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { currentActorOrNull } from "@/lib/auth/guard";
import { getUrgentHelp } from "@/lib/urgent-help/urgent-help";
import { UrgentHelpView } from "@/components/urgent-help/urgent-help-view";

export async function generateMetadata() {
  return { title: (await getTranslations("urgentHelp"))("title") };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;
const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

/** "I need help now": open to everyone, signed in or not, whatever their quota. */
export default async function UrgentHelpPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const [actor, locale, t] = await Promise.all([currentActorOrNull(), getLocale(), getTranslations("urgentHelp")]);
  const tenantSlug = first(params.t);
  const help = await getUrgentHelp(actor, { country: first(params.country), tenantSlug, locale });
  return (
    <main className="mx-auto max-w-2xl space-y-5 p-4 sm:p-6">
      <Link href={actor ? "/home" : "/"} className="text-sm font-semibold text-harbor-700">
        Harbor
      </Link>
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <UrgentHelpView help={help} signedIn={actor?.role === "employee"} tenantSlug={tenantSlug} timeZone={actor?.timeZone ?? "UTC"} />
    </main>
  );
}
