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

export const metadata = { title: "Find a specialist" };

export default async function CataloguePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await guardPage(ROUTE_ROLES["/catalogue"]);
  const offer = await getContractOffer(actor).catch((error: unknown) => {
    if (isAppError(error) && error.code === "unavailable") return error;
    throw error;
  });
  if (offer instanceof Error) {
    return (
      <AppShell actor={actor} nav={EMPLOYEE_NAV} title="Find a specialist">
        <Notice tone="error" testId="catalogue-unavailable">
          {offer.message}
        </Notice>
      </AppShell>
    );
  }
  // A hand-edited or outdated link still shows the catalogue, with a word about what was left out.
  const { query, ignored } = parseCatalogueLink(await searchParams, offer);
  const page = await listPsychologists(actor, query);
  return (
    <AppShell actor={actor} nav={EMPLOYEE_NAV} title="Find a specialist">
      <p className="max-w-2xl text-slate-700">
        Choose for yourself: nobody at your employer sees whom you pick or why. Times are shown in your time zone ({actor.timeZone}).
      </p>
      {ignored && <Notice testId="filters-ignored">Some filters in the link were not valid for your programme and were left out.</Notice>}
      <CatalogueBrowser initialQuery={query} initialPage={page} offer={offer} timeZone={actor.timeZone} />
    </AppShell>
  );
}
