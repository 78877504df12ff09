import Link from "next/link";
import { AppShell } from "@/components/layout/app-shell";
import { EMPLOYEE_NAV } from "@/components/layout/navigation";
import { buttonClass } from "@/components/ui/button";
import { guardPage } from "@/lib/auth/page-guard";
import { ROUTE_ROLES } from "@/lib/auth/route-roles";
import { GENDER_LABEL } from "@/lib/catalogue/catalogue-query";
import { getContractOffer } from "@/lib/catalogue/contract-offer";
import { directionOfTopic, FORMAT_LABEL, LANGUAGES, TOPICS, type Topic } from "@/lib/catalogue/vocabulary";

export const metadata = { title: "Help me choose" };

/**
 * Four optional questions that become catalogue filters. A plain GET form: the answers go into the
 * catalogue's address and nowhere else; nothing is stored and nobody reads them.
 */
export default async function MatchPage() {
  const actor = await guardPage(ROUTE_ROLES["/catalogue"]);
  const offer = await getContractOffer(actor);
  const topics = (Object.entries(TOPICS) as [Topic, string][]).filter(([slug]) => offer.directions.includes(directionOfTopic(slug)));
  return (
    <AppShell actor={actor} nav={EMPLOYEE_NAV} title="Help me choose">
      <p className="max-w-2xl text-slate-700">
        Answer what you like and skip the rest. Your answers only narrow the list of specialists; they are not saved or shown to anyone.
      </p>
      <form action="/catalogue" method="get" className="max-w-2xl space-y-6">
        <Question legend="What would you like help with?" name="topic" options={topics} none="Not sure yet" />
        {offer.formats.length > 1 && (
          <Question legend="How would you prefer to talk?" name="format" options={offer.formats.map((f) => [f, FORMAT_LABEL[f]])} none="Any way is fine" />
        )}
        <Question legend="In which language?" name="language" options={Object.entries(LANGUAGES)} none="Any of these" />
        <Question legend="Does the specialist's gender matter to you?" name="gender" options={Object.entries(GENDER_LABEL)} none="No preference" />
        <div className="flex flex-wrap gap-3">
          <button type="submit" className={buttonClass("primary")}>
            Show matching specialists
          </button>
          <Link href="/catalogue" className={buttonClass("secondary")}>
            Skip to all specialists
          </Link>
        </div>
      </form>
    </AppShell>
  );
}

function Question({ legend, name, options, none }: { legend: string; name: string; options: [string, string][]; none: string }) {
  return (
    <fieldset className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm">
      <legend className="px-1 font-semibold text-slate-900">{legend}</legend>
      <div className="mt-2 grid gap-1 sm:grid-cols-2">
        {[["", none] as [string, string], ...options].map(([value, text]) => (
          <label key={value} className="flex min-h-11 cursor-pointer items-center gap-3 rounded-lg px-2 hover:bg-slate-50">
            <input type="radio" name={name} value={value} defaultChecked={value === ""} className="h-5 w-5 accent-harbor-700" />
            <span>{text}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
