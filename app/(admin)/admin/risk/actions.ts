"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { ROUTE_ROLES } from "@/lib/auth/route-roles";
import { defineAction, FORM_ARGS, text } from "@/lib/forms/action";
import { savedState } from "@/lib/forms/form-failure";
import { type FormState } from "@/lib/forms/form-state";
import { followUpRiskCase } from "@/lib/risk/risk-queue";

export const followUpRiskCaseAction = defineAction(
  { roles: ROUTE_ROLES["/admin/risk"], args: [z.uuid(), ...FORM_ARGS] },
  async (actor, flagId, _previous, form): Promise<FormState> => {
    await followUpRiskCase(actor, flagId, { status: text(form, "status") as never, note: text(form, "note") });
    revalidatePath("/admin/risk");
    return savedState("riskFollowUpRecorded");
  },
);
