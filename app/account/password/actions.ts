"use server";

import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { authorize } from "@/lib/auth/guard";
import { changePassword } from "@/lib/auth/change-password";
import { ROUTE_ROLES } from "@/lib/auth/route-roles";
import { sessionCookie } from "@/lib/auth/session-cookie";
import { formFailure, type FormState } from "@/lib/forms/form-state";

export async function changePasswordAction(_previous: FormState, form: FormData): Promise<FormState> {
  const actor = await authorize(ROUTE_ROLES["/account/password"], { whilePasswordChangeIsDue: true });
  try {
    await changePassword(actor, { currentPassword: form.get("currentPassword"), newPassword: form.get("newPassword"), confirmPassword: form.get("confirmPassword") });
  } catch (error) {
    return formFailure(error);
  }
  // The change ended this session too: drop its cookie and sign in afresh with the new password.
  (await cookies()).delete(sessionCookie().name);
  redirect("/login?reason=password_changed");
}
