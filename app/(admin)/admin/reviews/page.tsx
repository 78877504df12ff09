import { Stars } from "@/components/ui/stars";
import { ActionButton } from "@/components/ui/action-button";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { z } from "zod";
import { AppShell } from "@/components/layout/app-shell";
import { PLATFORM_ADMIN_NAV } from "@/components/layout/navigation";
import { Card, EmptyState } from "@/components/ui/card";
import { guardPage } from "@/lib/auth/page-guard";
import { ROUTE_ROLES } from "@/lib/auth/route-roles";
import { listReviewsForModeration } from "@/lib/feedback/moderate-review";
import { moderateReviewAction } from "./actions";

export async function generateMetadata() {
  return { title: (await getTranslations("moderation"))("title") };
}

const TABS = ["pending", "approved", "rejected"] as const;

export default async function ReviewsPage({ searchParams }: { searchParams: Promise<{ status?: string }> }) {
  const actor = await guardPage(ROUTE_ROLES["/admin/reviews"]);
  const status = z
    .enum(TABS)
    .catch("pending")
    .parse((await searchParams).status);
  const [reviews, t] = await Promise.all([listReviewsForModeration(actor, status), getTranslations("moderation")]);
  return (
    <AppShell actor={actor} nav={PLATFORM_ADMIN_NAV} title={t("title")}>
      <p className="max-w-2xl text-sm text-slate-700">{t("intro")}</p>
      <nav aria-label={t("states")} className="flex gap-2">
        {TABS.map((key) => (
          <Link
            key={key}
            href={`/admin/reviews?status=${key}`}
            aria-current={key === status ? "page" : undefined}
            className={`rounded-md px-3 py-2 text-sm font-medium ${key === status ? "bg-harbor-700 text-white" : "text-slate-700 hover:bg-slate-100"}`}
          >
            {t(`tabs.${key}`)}
          </Link>
        ))}
      </nav>
      <Card>
        {reviews.length === 0 ? (
          <EmptyState>{status === "pending" ? t("nothingWaits") : t("none")}</EmptyState>
        ) : (
          <ul className="divide-y divide-slate-100" data-testid="moderation-queue">
            {reviews.map((r) => (
              <li key={r.id} className="space-y-2 py-3">
                <p className="text-sm">
                  {t.rich("for", { stars: () => <Stars rating={r.rating} />, name: r.psychologistName, strong: (chunks) => <strong>{chunks}</strong> })} ·{" "}
                  {r.month}
                </p>
                <p className="text-slate-800">{r.comment ?? <span className="text-slate-500">{t("noComment")}</span>}</p>
                <div className="flex gap-2">
                  {r.status !== "approved" && (
                    <ActionButton action={moderateReviewAction.bind(null, r.id, "approved")} variant="secondary" label={t("approve")} />
                  )}
                  {r.status !== "rejected" && <ActionButton action={moderateReviewAction.bind(null, r.id, "rejected")} variant="ghost" label={t("reject")} />}
                </div>
              </li>
            ))}
          </ul>
        )}
      </Card>
    </AppShell>
  );
}
