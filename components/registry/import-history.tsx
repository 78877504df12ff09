import { useLocale, useTranslations } from "next-intl";
import { EmptyState } from "@/components/ui/card";
import { formats } from "@/lib/i18n/format";

export interface ImportRow {
  id: string;
  mode: string;
  dryRun: boolean;
  status: string;
  total: number;
  added: number;
  removed: number;
  rejected: number;
  startedAt: Date;
  uploadedBy: { displayName: string | null; email: string } | null;
}

/** Who uploaded, when, how, and the counts: never identifiers. */
export function ImportHistory({ imports, timeZone }: { imports: ImportRow[]; timeZone: string }) {
  const t = useTranslations("registry.history");
  const f = formats(useLocale(), timeZone);
  if (imports.length === 0) return <EmptyState>{t("none")}</EmptyState>;
  const columns = {
    when: t("when"),
    by: t("by"),
    mode: t("mode"),
    result: t("result"),
    rows: t("rows"),
    added: t("added"),
    removed: t("removed"),
    rejected: t("rejected"),
  };
  return (
    <div className="overflow-x-auto">
      <table className="responsive-table w-full text-sm sm:min-w-[36rem]" data-testid="import-history">
        <thead>
          <tr className="text-left text-slate-600">
            <th className="py-2">{columns.when}</th>
            <th>{columns.by}</th>
            <th>{columns.mode}</th>
            <th>{columns.result}</th>
            <th className="text-right">{columns.rows}</th>
            <th className="text-right">{columns.added}</th>
            <th className="text-right">{columns.removed}</th>
            <th className="text-right">{columns.rejected}</th>
          </tr>
        </thead>
        <tbody>
          {imports.map((i) => (
            <tr key={i.id} className="border-t border-slate-100">
              <td data-label={columns.when} className="py-2">
                {f.dateTime(i.startedAt)}
              </td>
              <td data-label={columns.by}>{i.uploadedBy?.displayName ?? i.uploadedBy?.email ?? t("commandLine")}</td>
              <td data-label={columns.mode}>{t.has(`modes.${i.mode}`) ? t(`modes.${i.mode}`) : i.mode}</td>
              <td data-label={columns.result}>{i.status === "succeeded" ? t("imported") : t("failed")}</td>
              <td data-label={columns.rows} className="text-right">
                {f.number(i.total)}
              </td>
              <td data-label={columns.added} className="text-right">
                {f.number(i.added)}
              </td>
              <td data-label={columns.removed} className="text-right">
                {f.number(i.removed)}
              </td>
              <td data-label={columns.rejected} className="text-right">
                {f.number(i.rejected)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
