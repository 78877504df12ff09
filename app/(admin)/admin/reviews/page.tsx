import { Stars } from "@/components/ui/stars";
import { ActionButton } from "@/components/ui/action-button";
import Link from "next/link";
import { z } from "zod";
import { AppShell } from "@/components/layout/app-shell";
import { PLATFORM_ADMIN_NAV } from "@/components/layout/navigation";
import { Card, EmptyState } from "@/components/ui/card";
import { guardPage } from "@/lib/auth/page-guard";
import { ROUTE_ROLES } from "@/lib/auth/route-roles";
import { listReviewsForModeration } from "@/lib/feedback/moderate-review";
import { moderateReviewAction } from "./actions";

export const metadata = { title: "Reviews" };

const TABS = { pending: "Waiting", approved: "Approved", rejected: "Rejected" } as const;

export default async function ReviewsPage({ searchParams }: { searchParams: Promise<{ status?: string }> }) {
  const actor = await guardPage(ROUTE_ROLES["/admin/reviews"]);
  const status = z
    .enum(["pending", "approved", "rejected"])
    .catch("pending")
    .parse((await searchParams).status);
  const reviews = await listReviewsForModeration(actor, status);
  return (
    <AppShell actor={actor} nav={PLATFORM_ADMIN_NAV} title="Reviews">
      <p className="max-w-2xl text-sm text-slate-700">
        Approve a review when it describes the experience without naming people, employers, dates or anything that identifies the writer. Approved reviews
        appear on the profile with their month only.
      </p>
      <nav aria-label="Review states" className="flex gap-2">
        {Object.entries(TABS).map(([key, text]) => (
          <Link
            key={key}
            href={`/admin/reviews?status=${key}`}
            aria-current={key === status ? "page" : undefined}
            className={`rounded-md px-3 py-2 text-sm font-medium ${key === status ? "bg-harbor-700 text-white" : "text-slate-700 hover:bg-slate-100"}`}
          >
            {text}
          </Link>
        ))}
      </nav>
      <Card>
        {reviews.length === 0 ? (
          <EmptyState>{status === "pending" ? "Nothing waits for moderation." : "No reviews here."}</EmptyState>
        ) : (
          <ul className="divide-y divide-slate-100" data-testid="moderation-queue">
            {reviews.map((r) => (
              <li key={r.id} className="space-y-2 py-3">
                <p className="text-sm">
                  <Stars rating={r.rating} /> for <strong>{r.psychologistName}</strong> · {r.month}
                </p>
                <p className="text-slate-800">{r.comment ?? <span className="text-slate-500">Rating only, no comment.</span>}</p>
                <div className="flex gap-2">
                  {r.status !== "approved" && <ActionButton action={moderateReviewAction.bind(null, r.id, "approved")} variant="secondary" label="Approve" />}
                  {r.status !== "rejected" && <ActionButton action={moderateReviewAction.bind(null, r.id, "rejected")} variant="ghost" label="Reject" />}
                </div>
              </li>
            ))}
          </ul>
        )}
      </Card>
    </AppShell>
  );
}
