"use server";

import { ROUTE_ROLES } from "@/lib/auth/route-roles";
import { defineAction, FORM_ARGS } from "@/lib/forms/action";
import { savedState } from "@/lib/forms/form-failure";
import { type FormState } from "@/lib/forms/form-state";
import { requestKeyRotation } from "@/lib/key-rotation/key-status";

export const requestKeyRotationAction = defineAction({ roles: ROUTE_ROLES["/admin/keys"], args: FORM_ARGS }, async (actor): Promise<FormState> => {
  await requestKeyRotation(actor);
  return savedState("keyRotationRequested");
});
