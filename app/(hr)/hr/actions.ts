"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { ROUTE_ROLES } from "@/lib/auth/route-roles";
import { defineAction, FORM_ARGS, text } from "@/lib/forms/action";
import { savedState } from "@/lib/forms/form-failure";
import { type FormState, type ReportTokenState } from "@/lib/forms/form-state";
import { createReportToken, revokeReportToken } from "@/lib/reports/api-tokens";

const hr = { roles: ROUTE_ROLES["/hr"] };

export const createReportTokenAction = defineAction({ ...hr, args: FORM_ARGS }, async (actor, _previous, form): Promise<ReportTokenState> => {
  const { token } = await createReportToken(actor, { name: text(form, "name") });
  revalidatePath("/hr");
  return { status: "saved", token };
});

export const revokeReportTokenAction = defineAction({ ...hr, args: [z.uuid(), ...FORM_ARGS] }, async (actor, tokenId): Promise<FormState> => {
  await revokeReportToken(actor, tokenId);
  revalidatePath("/hr");
  return savedState("tokenRevoked");
});
