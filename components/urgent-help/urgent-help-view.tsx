import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { formats } from "@/lib/i18n/format";
import { countryOptions, telHref } from "@/lib/urgent-help/countries";
import type { UrgentHelp } from "@/lib/urgent-help/urgent-help";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { CountrySelect } from "./country-select";

function Dial({ phone, label, big = false }: { phone: string; label?: string; big?: boolean }) {
  return (
    <a
      href={telHref(phone)}
      className={`inline-flex min-h-11 items-center rounded-lg font-bold text-white ${big ? "bg-red-700 px-6 text-3xl hover:bg-red-800" : "hover:bg-harbor-800 bg-harbor-700 px-4 text-lg"}`}
      aria-label={label ? `${label}: ${phone}` : undefined}
    >
      {phone}
    </a>
  );
}

/** The earliest session today, or where to look when there is none, or an invitation to sign in. */
async function TalkToday({ earliest, signedIn, time }: { earliest: UrgentHelp["earliestToday"]; signedIn: boolean; time: (iso: string) => string }) {
  const t = await getTranslations("urgentHelp");
  const link = (href: string) =>
    function LinkChunk(chunks: React.ReactNode) {
      return (
        <Link href={href} className="font-semibold text-harbor-700 underline">
          {chunks}
        </Link>
      );
    };
  if (earliest)
    return (
      <div className="flex flex-wrap items-center justify-between gap-3" data-testid="earliest-today">
        <p>{t("earliest", { name: earliest.psychologistName, time: time(earliest.startsAt) })}</p>
        <Link href={`/catalogue/${earliest.profileId}/book`} className={buttonClass("primary")}>
          {t("bookIt")}
        </Link>
      </div>
    );
  if (signedIn)
    return (
      <p className="text-sm text-slate-700" data-testid="earliest-today-none">
        {t.rich("noneToday", { link: link("/catalogue?sort=nearest") })}
      </p>
    );
  return <p className="text-sm text-slate-700">{t.rich("signInForToday", { link: link("/login?callbackUrl=%2Fhelp") })}</p>;
}

/** The urgent-help page's body: who to call now, then where to talk today. */
export async function UrgentHelpView({ help, signedIn, tenantSlug, timeZone }: { help: UrgentHelp; signedIn: boolean; tenantSlug?: string; timeZone: string }) {
  const [t, locale] = await Promise.all([getTranslations("urgentHelp"), getLocale()]);
  const countries = countryOptions(locale);
  const countryName = countries.find((c) => c.code === help.country)?.name ?? help.country;
  const f = formats(locale, timeZone);
  return (
    <div className="space-y-5" data-testid="urgent-help" data-country={help.country}>
      <section className="space-y-3 rounded-xl border-2 border-red-700 bg-red-50 p-5" aria-labelledby="emergency-heading">
        <h2 id="emergency-heading" className="text-lg font-semibold text-red-900">
          {t("dangerTitle")}
        </h2>
        <p className="text-red-950">{t("dangerText", { country: countryName })}</p>
        <div className="flex flex-wrap items-center gap-3" data-testid="emergency-number">
          <Dial phone={help.emergency.number} label={t("emergency")} big />
          {help.emergency.also.length > 0 && <p className="text-sm text-red-950">{t("alsoWorks", { numbers: help.emergency.also.join(", ") })}</p>}
        </div>
      </section>

      <Card title={t("linesTitle", { country: countryName })}>
        {help.lines.length === 0 ? (
          <p className="text-sm text-slate-700">{t("noLines")}</p>
        ) : (
          <ul className="divide-y divide-slate-100" data-testid="crisis-lines">
            {help.lines.map((line) => (
              <li key={line.id} className="flex flex-wrap items-center justify-between gap-3 py-3">
                <div className="min-w-0">
                  <p className="font-semibold">{line.name}</p>
                  {line.description && <p className="text-sm text-slate-700">{line.description}</p>}
                </div>
                <Dial phone={line.phone} label={line.name} />
              </li>
            ))}
          </ul>
        )}
      </Card>

      {help.hotline && (
        <Card title={t("employerLine")}>
          <div className="flex flex-wrap items-center justify-between gap-3" data-testid="employer-hotline">
            <p className="font-semibold">{help.hotline.name}</p>
            <Dial phone={help.hotline.phone} label={help.hotline.name} />
          </div>
        </Card>
      )}

      <Card title={t("talkToday")}>
        <TalkToday earliest={help.earliestToday} signedIn={signedIn} time={(iso) => f.time(new Date(iso))} />
      </Card>

      <form method="get" action="/help" className="flex flex-wrap items-end gap-3 text-sm">
        {tenantSlug && <input type="hidden" name="t" value={tenantSlug} />}
        <label className="grid gap-1">
          <span className="font-medium">{t("otherCountry")}</span>
          <CountrySelect countries={countries} defaultValue={help.country} />
        </label>
        <button type="submit" className={buttonClass("secondary")}>
          {t("show")}
        </button>
      </form>
      <p className="text-xs text-slate-600">{t("privacy")}</p>
    </div>
  );
}
