/**
 * Review moderation. A review reaches the profile page, and its rating the catalogue's average, only
 * once the operator approves it; the aggregate moves in the same transaction as the decision.
 */
import { openReviewText } from "./review-text";
import { z } from "zod";
import type { Actor } from "@/lib/auth/guard";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { ReviewStatus } from "@/lib/generated/prisma/enums";

export async function listReviewsForModeration(actor: Actor, status: ReviewStatus = "pending") {
  if (actor.role !== "platform_admin") throw new AppError("forbidden", "errors.access.moderateReviews");
  const rows = await db().feedback.findMany({
    where: { reviewStatus: status },
    orderBy: { createdAt: "asc" },
    take: 100,
    // Who wrote it and for which employer stays out of the moderator's view too.
    select: { id: true, rating: true, commentSealed: true, publishedMonth: true, reviewStatus: true, psychologist: { select: { displayName: true } } },
  });
  return rows.map((r) => ({
    id: r.id,
    rating: r.rating,
    comment: openReviewText(r),
    month: r.publishedMonth.toISOString().slice(0, 7),
    status: r.reviewStatus,
    psychologistName: r.psychologist.displayName,
  }));
}

export async function moderateReview(actor: Actor, feedbackId: string, decision: "approved" | "rejected"): Promise<void> {
  if (actor.role !== "platform_admin") throw new AppError("forbidden", "errors.access.moderateReviews");
  const id = z.uuid().safeParse(feedbackId);
  if (!id.success) throw new AppError("not_found", "errors.reviews.notFound");
  await db().$transaction(async (tx) => {
    const review = await tx.feedback.findUnique({ where: { id: id.data }, select: { reviewStatus: true, rating: true, psychologistId: true } });
    if (!review) throw new AppError("not_found", "errors.reviews.notFound");
    if (review.reviewStatus === decision) return;
    // Only the transition into or out of "approved" moves the average. The conditional update makes
    // two moderators clicking at once count the rating once.
    const { count } = await tx.feedback.updateMany({
      where: { id: id.data, reviewStatus: review.reviewStatus },
      data: { reviewStatus: decision, moderatedById: actor.id, moderatedAt: new Date() },
    });
    if (count === 0) throw new AppError("conflict", "errors.reviews.moderatedMeanwhile");
    const sign = decision === "approved" ? 1 : review.reviewStatus === "approved" ? -1 : 0;
    if (sign !== 0) {
      await tx.psychologistProfile.update({
        where: { id: review.psychologistId },
        data: { ratingSum: { increment: sign * review.rating }, ratingCount: { increment: sign } },
      });
    }
    await recordAudit({ action: `review.${decision}`, actorId: actor.id, actorRole: actor.role, targetType: "feedback", targetId: id.data }, tx);
  });
}
