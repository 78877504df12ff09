"use server";

import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { changePassword } from "@/lib/auth/change-password";
import { ROUTE_ROLES } from "@/lib/auth/route-roles";
import { sessionCookie } from "@/lib/auth/session-cookie";
import { defineAction, FORM_ARGS, text } from "@/lib/forms/action";
import type { FormState } from "@/lib/forms/form-state";

export const changePasswordAction = defineAction(
  { roles: ROUTE_ROLES["/account/password"], args: FORM_ARGS, guard: { whilePasswordChangeIsDue: true } },
  async (actor, _previous, form): Promise<FormState> => {
    await changePassword(actor, {
      currentPassword: text(form, "currentPassword"),
      newPassword: text(form, "newPassword"),
      confirmPassword: text(form, "confirmPassword"),
    });
    // The change ended this session too: drop its cookie and sign in afresh with the new password.
    (await cookies()).delete(sessionCookie().name);
    redirect("/login?reason=password_changed");
  },
);
