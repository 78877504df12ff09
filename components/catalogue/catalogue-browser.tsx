"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { catalogueSearchParams, CATALOGUE_SORTS, GENDERS } from "@/lib/catalogue/catalogue-options";
import type { CatalogueQuery } from "@/lib/catalogue/catalogue-query";
import type { CataloguePage } from "@/lib/catalogue/list-psychologists";
import type { ContractOffer } from "@/lib/catalogue/contract-offer";
import { LANGUAGE_CODES, TOPIC_SLUGS } from "@/lib/catalogue/vocabulary";
import { Button, buttonClass } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/card";
import { CONTROL_CLASS } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { PsychologistCard } from "./psychologist-card";

const WITHIN_DAYS = [2, 7, 14, 30] as const;
type Filters = Omit<CatalogueQuery, "page">;
type Option = readonly [value: string, label: string];

/**
 * Filters and results. The first page is rendered on the server; every change after that asks
 * GET /api/v1/psychologists and mirrors the filters into the address bar, so a reload or a shared
 * link shows the same list.
 */
export function CatalogueBrowser({
  initialQuery,
  initialPage,
  offer,
  timeZone,
}: {
  initialQuery: CatalogueQuery;
  initialPage: CataloguePage;
  offer: ContractOffer;
  timeZone: string;
}) {
  const t = useTranslations("catalogue");
  const tv = useTranslations("vocabulary");
  const [query, setQuery] = useState(initialQuery);
  const [page, setPage] = useState(initialPage);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const first = useRef(true);
  const filtersPanel = useRef<HTMLDetailsElement>(null);

  // Filters start folded on a phone so the first results are in view (unless a link set some), and
  // open on wider screens.
  useEffect(() => {
    if (filtersPanel.current && window.matchMedia("(min-width: 640px)").matches) filtersPanel.current.open = true;
  }, []);

  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const params = catalogueSearchParams(query);
    window.history.replaceState(null, "", params.size ? `?${params}` : window.location.pathname);
    const controller = new AbortController();
    setLoading(true);
    fetch(`/api/v1/psychologists?${params}`, { signal: controller.signal, headers: { accept: "application/json" } })
      .then(async (response) => {
        const body = await response.json().catch(() => null);
        if (response.status === 401) throw new Error(t("sessionEnded"));
        if (!response.ok) throw new Error(body?.detail ?? t("loadFailed"));
        setPage(body as CataloguePage);
        setError(null);
      })
      .catch((e: unknown) => {
        if (controller.signal.aborted) return;
        setError(e instanceof TypeError ? t("loadFailed") : (e as Error).message);
      })
      .finally(() => {
        if (!controller.signal.aborted) setLoading(false);
      });
    return () => controller.abort();
  }, [query, t]);

  const [initiallyOpen] = useState(() => countFilters(initialQuery) > 0);
  const set = (changes: Partial<Filters>) => setQuery((q) => ({ ...q, ...changes, page: 1 }));
  const activeFilters = countFilters(query);

  const selects: { name: keyof Filters; label: string; options: Option[]; any?: string }[] = [
    ...(offer.directions.length > 1
      ? [{ name: "direction" as const, label: t("direction"), options: offer.directions.map((d) => [d, tv(`direction.${d}`)] as const) }]
      : []),
    { name: "topic", label: t("topic"), options: TOPIC_SLUGS.map((slug) => [slug, tv(`topic.${slug}`)] as const) },
    ...(offer.formats.length > 1 ? [{ name: "format" as const, label: t("format"), options: offer.formats.map((f) => [f, tv(`format.${f}`)] as const) }] : []),
    { name: "language", label: t("language"), options: LANGUAGE_CODES.map((code) => [code, tv(`language.${code}`)] as const) },
    { name: "gender", label: t("gender"), options: GENDERS.map((g) => [g, tv(`gender.${g}`)] as const), any: t("noPreference") },
    { name: "withinDays", label: t("withinDays"), options: WITHIN_DAYS.map((d) => [String(d), t("days", { count: d })] as const), any: t("anyTime") },
  ];

  return (
    <div className="space-y-4">
      <details ref={filtersPanel} open={initiallyOpen} className="group rounded-xl border border-slate-200 bg-white p-4 shadow-sm">
        <summary className="flex min-h-11 cursor-pointer items-center justify-between font-semibold text-slate-900">
          <span>
            {t("filters")}
            {activeFilters > 0 && <span className="ml-2 rounded-full bg-harbor-700 px-2 py-0.5 text-xs text-white">{activeFilters}</span>}
          </span>
          <span aria-hidden className="text-slate-500 group-open:rotate-180">
            ▾
          </span>
        </summary>
        <form className="mt-3 grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-4" onSubmit={(e) => e.preventDefault()} aria-label={t("filtersLabel")}>
          {selects.map((s) => (
            <Select
              key={s.name}
              id={`filter-${s.name}`}
              label={s.label}
              value={query[s.name] === undefined ? "" : String(query[s.name])}
              options={s.options}
              any={s.any ?? t("any")}
              onChange={(v) => set({ [s.name]: v === "" ? undefined : s.name === "withinDays" ? Number(v) : v } as Partial<Filters>)}
            />
          ))}
          <Select
            id="filter-sort"
            label={t("sort")}
            value={query.sort}
            options={CATALOGUE_SORTS.map((sort) => [sort, tv(`sort.${sort}`)] as const)}
            onChange={(v) => set({ sort: v as Filters["sort"] })}
          />
          <div className="flex items-end gap-2">
            {activeFilters > 0 && (
              <Button type="button" variant="secondary" onClick={() => setQuery({ sort: query.sort, page: 1 })}>
                {t("clear")}
              </Button>
            )}
            <Link href="/catalogue/match" className={buttonClass("ghost")}>
              {t("helpMeChoose")}
            </Link>
          </div>
        </form>
      </details>

      {error && (
        <Notice tone="error" testId="catalogue-error">
          {error}
        </Notice>
      )}

      <section aria-busy={loading} aria-labelledby="results-heading" className={loading ? "opacity-60 transition-opacity" : ""}>
        <h2 id="results-heading" className="mb-3 text-sm text-slate-600" aria-live="polite" data-testid="result-count">
          {t("count", { count: page.total })}
          {page.pageCount > 1 && ` · ${t("pageOf", { page: page.page, pages: page.pageCount })}`}
        </h2>
        {page.items.length === 0 ? (
          <EmptyState>{t("noMatch")}</EmptyState>
        ) : (
          <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
            {page.items.map((card) => (
              <PsychologistCard key={card.id} card={card} timeZone={timeZone} />
            ))}
          </ul>
        )}
        {page.pageCount > 1 && (
          <nav aria-label={t("pages")} className="mt-4 flex items-center justify-between">
            <Button type="button" variant="secondary" disabled={page.page <= 1 || loading} onClick={() => setQuery((q) => ({ ...q, page: q.page - 1 }))}>
              ← {t("previous")}
            </Button>
            <Button
              type="button"
              variant="secondary"
              disabled={page.page >= page.pageCount || loading}
              onClick={() => setQuery((q) => ({ ...q, page: q.page + 1 }))}
            >
              {t("next")} →
            </Button>
          </nav>
        )}
      </section>
    </div>
  );
}

function countFilters(query: CatalogueQuery): number {
  return (["direction", "topic", "format", "language", "gender", "withinDays"] as const).filter((k) => query[k] !== undefined).length;
}

function Select({
  id,
  label,
  value,
  options,
  any,
  onChange,
}: {
  id: string;
  label: string;
  value: string;
  options: Option[];
  any?: string;
  onChange: (value: string) => void;
}) {
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)} className={`${CONTROL_CLASS} py-2 text-base`}>
        {any !== undefined && <option value="">{any}</option>}
        {options.map(([v, l]) => (
          <option key={v} value={v}>
            {l}
          </option>
        ))}
      </select>
    </div>
  );
}
