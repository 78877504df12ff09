/** The audit log's rows: when (UTC), what in words, who by role and account id, for which tenant, on what. */
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import type { AuditEventRow } from "@/lib/audit/list-audit-events";
import { requestFormats } from "@/lib/i18n/server-formats";

type DetailWords = Awaited<ReturnType<typeof getTranslations<"audit.details">>>;

/**
 * Details kept with an event are counts and choices (a method, a reason, a format), never content:
 * in words where the choice has them, as stored otherwise (a period, a count).
 */
function detailsOf(meta: Record<string, unknown>, words: DetailWords): string {
  return Object.entries(meta)
    .filter(([, value]) => ["string", "number", "boolean"].includes(typeof value))
    .map(([key, value]) => {
      const label = words.has(`key.${key}` as never) ? words(`key.${key}` as never) : key;
      const choice = `value.${key}.${String(value).replace(/[^a-z0-9_]/gi, "_")}`;
      return `${label}: ${words.has(choice as never) ? words(choice as never) : String(value)}`;
    })
    .join(", ");
}

export async function AuditEventList({ events, tenantNames }: { events: AuditEventRow[]; tenantNames: Map<string, string> }) {
  const [t, td, ta, tr, f] = await Promise.all([
    getTranslations("audit"),
    getTranslations("audit.details"),
    getTranslations("admin.auditAction"),
    getTranslations("roles"),
    requestFormats("UTC"),
  ]);
  return (
    <table className="responsive-table w-full text-sm" data-testid="audit-events">
      <thead>
        <tr className="text-left text-slate-600">
          <th className="py-2">{t("when")}</th>
          <th>{t("action")}</th>
          <th>{t("actor")}</th>
          <th>{t("tenant")}</th>
          <th>{t("target")}</th>
        </tr>
      </thead>
      <tbody>
        {events.map((e) => (
          <tr key={e.id} className="border-t border-slate-100 align-top" data-action={e.action}>
            <td data-label={t("when")} className="py-2 whitespace-nowrap">
              {f.dateTime(e.at)} UTC
            </td>
            <td data-label={t("action")}>
              {ta.has(e.action as never) ? ta(e.action as never) : e.action}
              {Object.keys(e.meta).length > 0 && <span className="block text-xs text-slate-500">{detailsOf(e.meta, td)}</span>}
            </td>
            <td data-label={t("actor")}>
              {e.actorRole && tr.has(e.actorRole) ? tr(e.actorRole) : t("nobody")}
              {e.actorId && (
                <Link href={`/admin/audit?actor=${e.actorId}`} className="block font-mono text-xs text-harbor-700 underline" title={t("onlyThisAccount")}>
                  {e.actorId.slice(0, 8)}
                </Link>
              )}
            </td>
            <td data-label={t("tenant")}>{e.tenantId ? (tenantNames.get(e.tenantId) ?? e.tenantId.slice(0, 8)) : "—"}</td>
            <td data-label={t("target")} className="font-mono text-xs">
              {e.targetType ? `${e.targetType} ${e.targetId?.slice(0, 8) ?? ""}` : "—"}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
