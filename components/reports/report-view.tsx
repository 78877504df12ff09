import { getTranslations } from "next-intl/server";
import { Withheld } from "@/components/reports/withheld";
import { Stat } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import type { BreakdownName, FigureName } from "@/lib/reports/disclosure";
import type { UtilisationReport } from "@/lib/reports/get-report";
import { SESSIONS_COUNTED_PER_YEAR } from "@/lib/reports/privacy-budget";
import type { ReportLabels } from "@/lib/reports/report-labels";
import { BreakdownCard } from "./breakdown-card";

const SECTIONS: { title: "reach" | "use" | "experience"; figures: FigureName[] }[] = [
  { title: "reach", figures: ["employeesCovered", "employeesRegistered", "employeesConsulted", "utilisationPercent"] },
  { title: "use", figures: ["consultations", "returningPercent", "lateCancellations", "noShows"] },
  { title: "experience", figures: ["highRatingsPercent", "npsScore", "npsRespondents", "npsPromotersPercent", "npsPassivesPercent", "npsDetractorsPercent"] },
];

/** A report as HR sees it (the platform's view reuses it): figures, charts with their tables, the one sentence on disclosure. */
export async function ReportView({ report, labels, exportQuery }: { report: UtilisationReport; labels: ReportLabels; exportQuery: string }) {
  const t = await getTranslations("reports");
  const show = (name: FigureName) => {
    const value = report.figures[name];
    return value === null ? <Withheld>{labels.withheld}</Withheld> : labels.value(name, value);
  };
  const rows = (name: BreakdownName) => report.breakdowns[name].map((row) => ({ key: row.key, label: labels.row(name, row.key), value: row.value }));
  const npsRows = (["npsPromotersPercent", "npsPassivesPercent", "npsDetractorsPercent"] as const).map((name) => ({
    key: name,
    label: labels.figure(name),
    value: report.figures[name],
    display: report.figures[name] === null ? undefined : labels.value(name, report.figures[name]),
  }));
  const summary = (name: string, data: { label: string; value: number | null }[]) =>
    t("chartSummary", { title: name, rows: data.map((row) => `${row.label}: ${row.value ?? labels.withheld}`).join("; ") });
  const card = (name: BreakdownName, orientation: "columns" | "bars") => {
    const data = rows(name);
    return (
      <BreakdownCard
        title={labels.breakdownTitle(name)}
        rows={data}
        withheld={labels.withheld}
        orientation={orientation}
        summary={summary(labels.breakdownTitle(name), data)}
      />
    );
  };

  return (
    <div className="flex flex-col gap-5">
      <Notice testId="disclosure-note">{labels.tradeOff}</Notice>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <p className="text-sm text-slate-600" data-testid="as-of">
          {labels.asOf}
        </p>
        <div className="flex gap-2">
          {(["csv", "pdf"] as const).map((format) => (
            <a
              key={format}
              href={`/api/v1/reports/export?${exportQuery}&format=${format}`}
              download
              className="inline-flex min-h-11 items-center rounded-lg border border-slate-300 bg-white px-4 text-sm font-medium text-slate-800 hover:bg-slate-50"
            >
              {t(`download.${format}`)}
            </a>
          ))}
        </div>
      </div>
      {SECTIONS.map((section) => (
        <section key={section.title} aria-labelledby={`figures-${section.title}`}>
          <h2 id={`figures-${section.title}`} className="mb-2 text-sm font-semibold tracking-wide text-slate-600 uppercase">
            {t(`section.${section.title}`)}
          </h2>
          <dl className="grid grid-cols-2 gap-3 lg:grid-cols-4">
            {section.figures.map((name) => (
              <Stat
                key={name}
                label={labels.figure(name)}
                value={show(name)}
                hint={t.has(`hint.${name}`) ? t(`hint.${name}` as never, { cap: SESSIONS_COUNTED_PER_YEAR } as never) : undefined}
              />
            ))}
          </dl>
        </section>
      ))}
      <div className="grid gap-4 lg:grid-cols-2">
        {card("trend", "columns")}
        <BreakdownCard title={t("npsShares")} rows={npsRows} withheld={labels.withheld} orientation="bars" summary={summary(t("npsShares"), npsRows)} />
        {card("direction", "bars")}
        {card("format", "bars")}
      </div>
      {card("topic", "bars")}
    </div>
  );
}
