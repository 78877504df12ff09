"use server";

import { revalidatePath } from "next/cache";
import { authorize } from "@/lib/auth/guard";
import { ROUTE_ROLES } from "@/lib/auth/route-roles";
import { createPsychologistAccount, setProfileStatus, verifyQualification } from "@/lib/catalogue/manage-psychologists";
import { formFailure, type FormState } from "@/lib/forms/form-state";

export type NewPsychologistState = FormState & { created?: { profileId: string; email: string; temporaryPassword: string } };

export async function createPsychologistAction(_previous: NewPsychologistState, form: FormData): Promise<NewPsychologistState> {
  const actor = await authorize(ROUTE_ROLES["/admin/psychologists"]);
  const input = { email: form.get("email"), displayName: form.get("displayName") };
  try {
    const created = await createPsychologistAccount(actor, input);
    revalidatePath("/admin/psychologists");
    return { status: "saved", message: "Account created.", created: { ...created, email: String(input.email).trim().toLowerCase() } };
  } catch (error) {
    return formFailure(error);
  }
}

export async function verifyQualificationAction(profileId: string, qualificationId: string, decision: "verified" | "rejected"): Promise<void> {
  const actor = await authorize(ROUTE_ROLES["/admin/psychologists"]);
  await verifyQualification(actor, qualificationId, decision);
  revalidatePath(`/admin/psychologists/${profileId}`);
}

export async function setProfileStatusAction(profileId: string, status: "published" | "hidden"): Promise<FormState> {
  const actor = await authorize(ROUTE_ROLES["/admin/psychologists"]);
  try {
    await setProfileStatus(actor, profileId, status);
  } catch (error) {
    return formFailure(error);
  }
  revalidatePath(`/admin/psychologists/${profileId}`);
  return { status: "saved", message: status === "published" ? "Published: employees can now find this profile." : "Hidden from the catalogue." };
}
