import { DateTime } from "luxon";
import { getLocale, getTranslations } from "next-intl/server";
import { AppShell } from "@/components/layout/app-shell";
import { PLATFORM_ADMIN_NAV } from "@/components/layout/navigation";
import { CrisisLineForm } from "@/components/admin/crisis-line-form";
import { ActionButton } from "@/components/ui/action-button";
import { Card, EmptyState } from "@/components/ui/card";
import { guardPage } from "@/lib/auth/page-guard";
import { ROUTE_ROLES } from "@/lib/auth/route-roles";
import { formats } from "@/lib/i18n/format";
import { countryOptions } from "@/lib/urgent-help/countries";
import { listKeptCrisisLines } from "@/lib/urgent-help/crisis-lines";
import { deleteCrisisLineAction, saveCrisisLineAction } from "./actions";

export async function generateMetadata() {
  return { title: (await getTranslations("crisisLines"))("title") };
}

/** The free crisis lines the urgent-help page lists, per country, with the ones due a check first in mind. */
export default async function CrisisLinesPage() {
  const actor = await guardPage(ROUTE_ROLES["/admin/crisis-lines"]);
  const [lines, t, locale] = await Promise.all([listKeptCrisisLines(actor), getTranslations("crisisLines"), getLocale()]);
  const countries = countryOptions(locale);
  const nameOf = (code: string) => countries.find((c) => c.code === code)?.name ?? code;
  const f = formats(locale, "UTC");
  const today = DateTime.utc().toISODate()!;
  const stale = lines.filter((line) => line.stale).length;
  return (
    <AppShell actor={actor} nav={PLATFORM_ADMIN_NAV} title={t("title")}>
      <p className="max-w-2xl text-sm text-slate-700">{t("intro")}</p>
      {stale > 0 && (
        <p role="status" className="rounded-lg bg-amber-50 p-3 text-sm text-amber-900" data-testid="crisis-lines-stale">
          {t("staleSummary", { count: stale })}
        </p>
      )}
      <Card title={t("listTitle")}>
        {lines.length === 0 ? (
          <EmptyState>{t("none")}</EmptyState>
        ) : (
          <ul className="divide-y divide-slate-100" data-testid="crisis-line-list">
            {lines.map((line) => (
              <li key={line.id} className="space-y-2 py-3" data-testid="crisis-line" data-stale={line.stale}>
                <p className="text-sm">
                  <strong>{line.name}</strong> · {nameOf(line.country)} · <span className="font-mono">{line.phone}</span>
                </p>
                <p className="text-xs text-slate-600">
                  {t("checked", { date: f.calendarDate(line.checkedOn) })} ·{" "}
                  <a href={line.sourceUrl} className="text-harbor-700 underline" rel="noreferrer noopener" target="_blank">
                    {t("source")}
                  </a>
                  {line.stale && <span className="ml-2 rounded bg-amber-100 px-1.5 py-0.5 font-semibold text-amber-900">{t("due")}</span>}
                </p>
                <details>
                  <summary className="cursor-pointer text-sm font-medium text-harbor-700">{t("edit")}</summary>
                  <div className="mt-3 space-y-3">
                    <CrisisLineForm action={saveCrisisLineAction.bind(null, line.id)} line={line} countries={countries} today={today} />
                    <ActionButton
                      action={deleteCrisisLineAction.bind(null, line.id)}
                      variant="ghost"
                      label={t("delete")}
                      confirm={t("confirmDelete", { name: line.name })}
                    />
                  </div>
                </details>
              </li>
            ))}
          </ul>
        )}
      </Card>
      <Card title={t("addTitle")}>
        <CrisisLineForm action={saveCrisisLineAction.bind(null, null)} countries={countries} today={today} />
      </Card>
    </AppShell>
  );
}
