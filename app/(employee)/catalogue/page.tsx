import { AppShell } from "@/components/layout/app-shell";
import { EMPLOYEE_NAV } from "@/components/layout/navigation";
import { CatalogueBrowser } from "@/components/catalogue/catalogue-browser";
import { Notice } from "@/components/ui/notice";
import { guardPage } from "@/lib/auth/page-guard";
import { ROUTE_ROLES } from "@/lib/auth/route-roles";
import { parseCatalogueLink } from "@/lib/catalogue/catalogue-query";
import { getContractOffer } from "@/lib/catalogue/contract-offer";
import { listPsychologists } from "@/lib/catalogue/list-psychologists";
import { isAppError } from "@/lib/errors";
import { errorText } from "@/lib/i18n/error-text";
import { getTranslations } from "next-intl/server";

export async function generateMetadata() {
  return { title: (await getTranslations("catalogue"))("title") };
}

export default async function CataloguePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await guardPage(ROUTE_ROLES["/catalogue"]);
  const t = await getTranslations("catalogue");
  const offer = await getContractOffer(actor).catch((error: unknown) => {
    if (isAppError(error) && error.code === "unavailable") return error;
    throw error;
  });
  if (isAppError(offer)) {
    return (
      <AppShell actor={actor} nav={EMPLOYEE_NAV} title={t("title")}>
        <Notice tone="error" testId="catalogue-unavailable">
          {(await errorText()).error(offer)}
        </Notice>
      </AppShell>
    );
  }
  // A hand-edited or outdated link still shows the catalogue, with a word about what was left out.
  const { query, ignored } = parseCatalogueLink(await searchParams, offer);
  const page = await listPsychologists(actor, query);
  return (
    <AppShell actor={actor} nav={EMPLOYEE_NAV} title={t("title")}>
      <p className="max-w-2xl text-slate-700">{t("intro", { zone: actor.timeZone.replace(/_/g, " ") })}</p>
      {ignored && <Notice testId="filters-ignored">{t("filtersIgnored")}</Notice>}
      <CatalogueBrowser initialQuery={query} initialPage={page} offer={offer} timeZone={actor.timeZone} />
    </AppShell>
  );
}
