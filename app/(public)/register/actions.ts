"use server";

import { headers } from "next/headers";
import { ZodError } from "zod";
import { isAppError } from "@/lib/errors";
import { definePublicAction, FORM_ARGS, text } from "@/lib/forms/action";
import { clientAddress } from "@/lib/http/client-address";
import { registerEmployee } from "@/lib/registry/register-employee";
import type { RegisterState } from "@/lib/registry/registration-state";

/** Public on purpose (there is no account yet); rate limits stand in for the guard. */
export const registerAction = definePublicAction(FORM_ARGS, async (_previous, form): Promise<RegisterState> => {
  const values = {
    tenantSlug: text(form, "tenantSlug"),
    identifier: text(form, "identifier"),
    email: text(form, "email"),
    displayName: text(form, "displayName"),
  };
  try {
    const { email } = await registerEmployee({ ...values, password: text(form, "password") }, { clientAddress: clientAddress(await headers()) });
    return { status: "registered", email };
  } catch (error) {
    // Everything typed comes back except the password, so a correction is one field, not five.
    if (error instanceof ZodError) {
      const fields = Object.fromEntries(error.issues.map((issue) => [String(issue.path[0]), issue.message]));
      return { status: "error", message: "Please correct the highlighted fields.", fields, values };
    }
    if (isAppError(error)) return { status: "error", message: error.message, fields: {}, values };
    console.error(error);
    return { status: "error", message: "Registration did not work just now. Please try again in a moment.", fields: {}, values };
  }
});
