"use server";

import { getLocale } from "next-intl/server";
import { headers } from "next/headers";
import { ZodError } from "zod";
import { formFailure } from "@/lib/forms/form-failure";
import { errorText } from "@/lib/i18n/error-text";
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
    const input = { ...values, password: text(form, "password"), locale: await getLocale() };
    const { email } = await registerEmployee(input, { clientAddress: clientAddress(await headers()) });
    return { status: "registered", email };
  } catch (error) {
    // Everything typed comes back except the password, so a correction is one field, not five.
    if (error instanceof ZodError || isAppError(error)) return { ...(await formFailure(error)), values };
    console.error(error);
    return { status: "error", message: (await errorText()).text("errors.registration.unexpected"), fields: {}, values };
  }
});
