"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { ROUTE_ROLES } from "@/lib/auth/route-roles";
import { moderateReview } from "@/lib/feedback/moderate-review";
import { defineAction, FORM_ARGS } from "@/lib/forms/action";
import type { FormState } from "@/lib/forms/form-state";

export const moderateReviewAction = defineAction(
  { roles: ROUTE_ROLES["/admin/reviews"], args: [z.uuid(), z.enum(["approved", "rejected"]), ...FORM_ARGS] },
  async (actor, feedbackId, decision): Promise<FormState> => {
    await moderateReview(actor, feedbackId, decision);
    revalidatePath("/admin/reviews");
    return { status: "saved" };
  },
);
