import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { AppShell } from "@/components/layout/app-shell";
import { EMPLOYEE_NAV } from "@/components/layout/navigation";
import { buttonClass } from "@/components/ui/button";
import { guardPage } from "@/lib/auth/page-guard";
import { ROUTE_ROLES } from "@/lib/auth/route-roles";
import { GENDERS } from "@/lib/catalogue/catalogue-query";
import { getContractOffer } from "@/lib/catalogue/contract-offer";
import { directionOfTopic, LANGUAGE_CODES, TOPIC_SLUGS } from "@/lib/catalogue/vocabulary";

export async function generateMetadata() {
  return { title: (await getTranslations("match"))("title") };
}

/**
 * Four optional questions that become catalogue filters. A plain GET form: the answers go into the
 * catalogue's address and nowhere else; nothing is stored and nobody reads them.
 */
export default async function MatchPage() {
  const actor = await guardPage(ROUTE_ROLES["/catalogue"]);
  const [offer, t, tv] = await Promise.all([getContractOffer(actor), getTranslations("match"), getTranslations("vocabulary")]);
  const topics = TOPIC_SLUGS.filter((slug) => offer.directions.includes(directionOfTopic(slug))).map((slug): Option => [slug, tv(`topic.${slug}`)]);
  return (
    <AppShell actor={actor} nav={EMPLOYEE_NAV} title={t("title")}>
      <p className="max-w-2xl text-slate-700">{t("intro")}</p>
      <form action="/catalogue" method="get" className="max-w-2xl space-y-6">
        <Question legend={t("topic")} name="topic" options={topics} none={t("notSure")} />
        {offer.formats.length > 1 && (
          <Question legend={t("format")} name="format" options={offer.formats.map((format): Option => [format, tv(`format.${format}`)])} none={t("anyWay")} />
        )}
        <Question
          legend={t("language")}
          name="language"
          options={LANGUAGE_CODES.map((code): Option => [code, tv(`language.${code}`)])}
          none={t("anyOfThese")}
        />
        <Question legend={t("gender")} name="gender" options={GENDERS.map((gender): Option => [gender, tv(`gender.${gender}`)])} none={t("noPreference")} />
        <div className="flex flex-wrap gap-3">
          <button type="submit" className={buttonClass("primary")}>
            {t("show")}
          </button>
          <Link href="/catalogue" className={buttonClass("secondary")}>
            {t("skip")}
          </Link>
        </div>
      </form>
    </AppShell>
  );
}

type Option = [value: string, label: string];

function Question({ legend, name, options, none }: { legend: string; name: string; options: Option[]; none: string }) {
  return (
    <fieldset className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm">
      <legend className="px-1 font-semibold text-slate-900">{legend}</legend>
      <div className="mt-2 grid gap-1 sm:grid-cols-2">
        {[["", none] as Option, ...options].map(([value, text]) => (
          <label key={value} className="flex min-h-11 cursor-pointer items-center gap-3 rounded-lg px-2 hover:bg-slate-50">
            <input type="radio" name={name} value={value} defaultChecked={value === ""} className="h-5 w-5 accent-harbor-700" />
            <span>{text}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
