"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { ROUTE_ROLES } from "@/lib/auth/route-roles";
import { createPsychologistAccount, reviewProfileChanges, setProfileStatus, verifyQualification } from "@/lib/catalogue/manage-psychologists";
import { defineAction, FORM_ARGS, text } from "@/lib/forms/action";
import { savedState } from "@/lib/forms/form-failure";
import { type FormState, type NewPsychologistState } from "@/lib/forms/form-state";

const operator = { roles: ROUTE_ROLES["/admin/psychologists"] };

export const createPsychologistAction = defineAction({ ...operator, args: FORM_ARGS }, async (actor, _previous, form): Promise<NewPsychologistState> => {
  const input = { email: text(form, "email"), displayName: text(form, "displayName") };
  const created = await createPsychologistAccount(actor, input);
  revalidatePath("/admin/psychologists");
  return { ...(await savedState("accountCreated")), created: { ...created, email: input.email.trim().toLowerCase() } };
});

export const verifyQualificationAction = defineAction(
  { ...operator, args: [z.uuid(), z.uuid(), z.enum(["verified", "rejected"]), ...FORM_ARGS] },
  async (actor, profileId, qualificationId, decision): Promise<FormState> => {
    await verifyQualification(actor, qualificationId, decision);
    revalidatePath(`/admin/psychologists/${profileId}`);
    return { status: "saved" };
  },
);

export const setProfileStatusAction = defineAction(
  { ...operator, args: [z.uuid(), z.enum(["published", "hidden"]), ...FORM_ARGS] },
  async (actor, profileId, status): Promise<FormState> => {
    await setProfileStatus(actor, profileId, status);
    revalidatePath(`/admin/psychologists/${profileId}`);
    return savedState(status === "published" ? "profilePublished" : "profileHidden");
  },
);

export const reviewProfileChangesAction = defineAction(
  { ...operator, args: [z.uuid(), z.enum(["approved", "rejected"]), z.iso.datetime(), ...FORM_ARGS] },
  async (actor, profileId, decision, submittedAt): Promise<FormState> => {
    await reviewProfileChanges(actor, profileId, decision, new Date(submittedAt));
    revalidatePath(`/admin/psychologists/${profileId}`);
    return savedState(decision === "approved" ? "textApproved" : "textRejected");
  },
);
