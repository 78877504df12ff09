import { getLocale, getTranslations } from "next-intl/server";
import { AppShell } from "@/components/layout/app-shell";
import { PLATFORM_ADMIN_NAV } from "@/components/layout/navigation";
import { RiskFollowUpForm } from "@/components/risk/risk-follow-up-form";
import { Card, EmptyState } from "@/components/ui/card";
import { guardPage } from "@/lib/auth/page-guard";
import { ROUTE_ROLES } from "@/lib/auth/route-roles";
import { formats } from "@/lib/i18n/format";
import { listRiskCases } from "@/lib/risk/risk-queue";
import { followUpRiskCaseAction } from "./actions";

export async function generateMetadata() {
  return { title: (await getTranslations("risk"))("queueTitle") };
}

const LEVEL_TONE = { imminent: "bg-red-700 text-white", high: "bg-amber-600 text-white", moderate: "bg-slate-200 text-slate-900" } as const;

/** The clinical lead's queue: every flagged session, the most urgent open ones first, with what was done. */
export default async function RiskQueuePage() {
  const actor = await guardPage(ROUTE_ROLES["/admin/risk"]);
  const [cases, t, locale] = await Promise.all([listRiskCases(actor), getTranslations("risk"), getLocale()]);
  const f = formats(locale, actor.timeZone);
  return (
    <AppShell actor={actor} nav={PLATFORM_ADMIN_NAV} title={t("queueTitle")}>
      <p className="max-w-2xl text-sm text-slate-700">{t("queueIntro")}</p>
      {cases.length === 0 ? (
        <EmptyState>{t("none")}</EmptyState>
      ) : (
        <ul className="space-y-4" data-testid="risk-queue">
          {cases.map((c) => (
            <li key={c.id} data-testid="risk-case" data-level={c.level} data-status={c.status}>
              <Card>
                <div className="space-y-3">
                  <p className="flex flex-wrap items-center gap-2 text-sm">
                    <span className={`rounded px-2 py-0.5 font-semibold ${LEVEL_TONE[c.level]}`}>{t(`levels.${c.level}`)}</span>
                    <span className="rounded bg-slate-100 px-2 py-0.5">{t(`statuses.${c.status}`)}</span>
                    <span className="text-slate-700">
                      {t("raisedBy", { name: c.psychologistName, session: f.dateTime(c.sessionStartsAt), raised: f.dateTime(c.raisedAt) })}
                    </span>
                  </p>
                  <p className="whitespace-pre-line">{c.reason}</p>
                  {c.followUps.length > 0 && (
                    <ol className="space-y-1 border-l-2 border-slate-200 pl-3 text-sm text-slate-800">
                      {c.followUps.map((step, i) => (
                        <li key={i}>
                          <strong>{t(`statuses.${step.status}`)}</strong> · {f.dateTime(step.at)} — {step.note}
                        </li>
                      ))}
                    </ol>
                  )}
                  {c.status !== "closed" && <RiskFollowUpForm action={followUpRiskCaseAction.bind(null, c.id)} caseId={c.id} />}
                </div>
              </Card>
            </li>
          ))}
        </ul>
      )}
    </AppShell>
  );
}
