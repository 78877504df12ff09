"use server";

import { revalidatePath } from "next/cache";
import { authorize } from "@/lib/auth/guard";
import { ROUTE_ROLES } from "@/lib/auth/route-roles";
import { moderateReview } from "@/lib/feedback/moderate-review";

export async function moderateReviewAction(feedbackId: string, decision: "approved" | "rejected"): Promise<void> {
  const actor = await authorize(ROUTE_ROLES["/admin/reviews"]);
  await moderateReview(actor, feedbackId, decision);
  revalidatePath("/admin/reviews");
}
