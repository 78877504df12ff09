import { AppShell } from "@/components/layout/app-shell";
import { EMPLOYEE_NAV } from "@/components/layout/navigation";
import { CatalogueBrowser } from "@/components/catalogue/catalogue-browser";
import { Notice } from "@/components/ui/notice";
import { guardPage } from "@/lib/auth/page-guard";
import { ROUTE_ROLES } from "@/lib/auth/route-roles";
import { ZCatalogueQuery } from "@/lib/catalogue/catalogue-query";
import { getContractOffer } from "@/lib/catalogue/contract-offer";
import { listPsychologists } from "@/lib/catalogue/list-psychologists";
import { isAppError } from "@/lib/errors";

export const metadata = { title: "Find a specialist" };

export default async function CataloguePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await guardPage(ROUTE_ROLES["/catalogue"]);
  const raw = await searchParams;
  // A hand-edited or outdated link should still show the catalogue, with a word about what was ignored.
  const parsed = ZCatalogueQuery.safeParse(Object.fromEntries(Object.entries(raw).filter(([key]) => key in ZCatalogueQuery.shape).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v])));
  const query = parsed.success ? parsed.data : ZCatalogueQuery.parse({});
  const offer = await getContractOffer(actor).catch((error: unknown) => {
    if (isAppError(error) && error.code === "unavailable") return error;
    throw error;
  });
  if (offer instanceof Error) {
    return (
      <AppShell actor={actor} nav={EMPLOYEE_NAV} title="Find a specialist">
        <Notice tone="error" testId="catalogue-unavailable">{offer.message}</Notice>
      </AppShell>
    );
  }
  const applicable = { ...query, direction: query.direction && offer.directions.includes(query.direction) ? query.direction : undefined, format: query.format && offer.formats.includes(query.format) ? query.format : undefined };
  const page = await listPsychologists(actor, applicable);
  return (
    <AppShell actor={actor} nav={EMPLOYEE_NAV} title="Find a specialist">
      <p className="max-w-2xl text-slate-700">Choose for yourself: nobody at your employer sees whom you pick or why. Times are shown in your time zone ({actor.timeZone}).</p>
      {(!parsed.success || applicable.direction !== query.direction || applicable.format !== query.format) && (
        <Notice testId="filters-ignored">Some filters in the link were not valid for your programme and were left out.</Notice>
      )}
      <CatalogueBrowser initialQuery={applicable} initialPage={page} offer={offer} timeZone={actor.timeZone} />
    </AppShell>
  );
}
