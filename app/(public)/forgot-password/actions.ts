"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { ZodError } from "zod";
import { requestPasswordReset, resetPassword } from "@/lib/auth/password-reset";
import { isAppError } from "@/lib/errors";
import { definePublicAction, FORM_ARGS, text } from "@/lib/forms/action";
import { formFailure, savedState } from "@/lib/forms/form-failure";
import { type FormState } from "@/lib/forms/form-state";
import { clientAddress } from "@/lib/http/client-address";

/** Public on purpose (the person cannot sign in); limits per address typed and per network address stand in for the guard. */
export const requestPasswordResetAction = definePublicAction(FORM_ARGS, async (_previous, form): Promise<FormState> => {
  try {
    await requestPasswordReset({ email: text(form, "email") }, { clientAddress: clientAddress(await headers()) });
  } catch (error) {
    if (error instanceof ZodError || isAppError(error)) return formFailure(error);
    throw error;
  }
  // The same answer whether an account has the address or not.
  return savedState("passwordResetSent");
});

/** The new password through the e-mail's link (the token is the link's, posted back with the form). */
export const resetPasswordAction = definePublicAction(FORM_ARGS, async (_previous, form): Promise<FormState> => {
  try {
    await resetPassword(text(form, "token"), { newPassword: text(form, "newPassword"), confirmPassword: text(form, "confirmPassword") });
  } catch (error) {
    if (error instanceof ZodError || isAppError(error)) return formFailure(error);
    throw error;
  }
  redirect("/login?reason=password_reset");
});
