import { getTranslations } from "next-intl/server";
import { AppShell } from "@/components/layout/app-shell";
import { HR_NAV, TENANT_ADMIN_NAV } from "@/components/layout/navigation";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { CONTROL_CLASS } from "@/components/ui/field";
import { guardPage } from "@/lib/auth/page-guard";
import { ROUTE_ROLES } from "@/lib/auth/route-roles";
import { materialTexts } from "@/lib/i18n/material-labels";
import { isLocale, LOCALE_NAMES, LOCALES, type Locale } from "@/lib/i18n/locales";
import { getProgrammeMaterials } from "@/lib/materials/programme-materials";
import { qrSvg } from "@/lib/materials/qr-code";

export async function generateMetadata() {
  return { title: (await getTranslations("materials"))("title") };
}

type SearchParams = Promise<{ lang?: string }>;

/** Telling staff about the programme: landing page, poster, QR code and letter, in the language chosen. */
export default async function MaterialsPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await guardPage(ROUTE_ROLES["/materials"]);
  const materials = await getProgrammeMaterials(actor);
  const requested = (await searchParams).lang;
  const lang: Locale = isLocale(requested) ? requested : isLocale(materials.locale) ? materials.locale : "en";
  const [t, texts, qr] = await Promise.all([getTranslations("materials"), materialTexts(materials, lang), qrSvg(materials.landingUrl)]);
  const download = (path: string) => `/api/v1/materials/${path}`;
  return (
    <AppShell actor={actor} nav={actor.role === "hr" ? HR_NAV : TENANT_ADMIN_NAV} title={t("title")}>
      <p className="max-w-2xl text-sm text-slate-700">{t("intro")}</p>
      <nav aria-label={t("language")} className="flex flex-wrap gap-2">
        {LOCALES.map((locale) => (
          <a
            key={locale}
            href={`/materials?lang=${locale}`}
            lang={locale}
            aria-current={locale === lang ? "true" : undefined}
            className={`rounded-md px-3 py-2 text-sm font-medium ${locale === lang ? "bg-harbor-700 text-white" : "text-slate-700 hover:bg-slate-100"}`}
          >
            {LOCALE_NAMES[locale]}
          </a>
        ))}
      </nav>
      <div className="grid gap-4 lg:grid-cols-2">
        <Card title={t("landingTitle")}>
          <p className="text-sm text-slate-700">{t("landingText")}</p>
          <p className="mt-2 font-mono text-sm break-all" data-testid="landing-url">
            {materials.landingUrl}
          </p>
          <a href={`/t/${materials.slug}`} className={`mt-3 ${buttonClass("secondary")}`}>
            {t("open")}
          </a>
        </Card>
        <Card title={t("posterTitle")}>
          <p className="text-sm text-slate-700">{t("posterText")}</p>
          <a href={download(`poster?lang=${lang}`)} className={`mt-3 ${buttonClass("primary")}`} download>
            {t("downloadPoster")}
          </a>
        </Card>
        <Card title={t("qrTitle")}>
          <div className="flex flex-wrap items-start gap-4">
            {/* Our own SVG from the qrcode package, drawn on the server: no script, no request. */}
            <div role="img" aria-label={t("qrAlt", { url: materials.landingUrl })} className="h-36 w-36 shrink-0" dangerouslySetInnerHTML={{ __html: qr }} />
            <div className="space-y-3">
              <p className="text-sm text-slate-700">{t("qrText")}</p>
              <div className="flex flex-wrap gap-2">
                <a href={download("qr?format=png")} className={buttonClass("secondary")} download>
                  {t("downloadPng")}
                </a>
                <a href={download("qr?format=svg")} className={buttonClass("secondary")} download>
                  {t("downloadSvg")}
                </a>
              </div>
            </div>
          </div>
        </Card>
        <Card title={t("letterTitle")}>
          <div className="space-y-3" lang={lang}>
            <p className="text-sm text-slate-700">{t("letterText")}</p>
            <label className="grid gap-1 text-sm font-medium">
              {t("subject")}
              <input readOnly value={texts.invitation.subject} className={`${CONTROL_CLASS} py-2 font-normal`} data-testid="invitation-subject" />
            </label>
            <label className="grid gap-1 text-sm font-medium">
              {t("body")}
              <textarea readOnly rows={12} value={texts.invitation.body} className={`${CONTROL_CLASS} py-2 font-normal`} data-testid="invitation-body" />
            </label>
            <a href={download(`invitation?lang=${lang}`)} className={buttonClass("secondary")} download>
              {t("downloadLetter")}
            </a>
          </div>
        </Card>
      </div>
    </AppShell>
  );
}
