"use server";

import { headers } from "next/headers";
import { ZodError } from "zod";
import { isAppError } from "@/lib/errors";
import { clientAddress } from "@/lib/http/client-address";
import { registerEmployee } from "@/lib/registry/register-employee";

export type RegisterState = { status: "idle" } | { status: "registered"; email: string } | { status: "error"; message: string; fields: Record<string, string> };

/** Public on purpose (there is no account yet); rate limits stand in for the guard. */
export async function registerAction(_previous: RegisterState, form: FormData): Promise<RegisterState> {
  const input = {
    tenantSlug: String(form.get("tenantSlug") ?? ""),
    identifier: String(form.get("identifier") ?? ""),
    email: String(form.get("email") ?? ""),
    password: String(form.get("password") ?? ""),
    displayName: String(form.get("displayName") ?? ""),
  };
  try {
    const { email } = await registerEmployee(input, { clientAddress: clientAddress(await headers()) });
    return { status: "registered", email };
  } catch (error) {
    if (error instanceof ZodError) {
      const fields = Object.fromEntries(error.issues.map((issue) => [String(issue.path[0]), issue.message]));
      return { status: "error", message: "Please correct the highlighted fields.", fields };
    }
    if (isAppError(error)) return { status: "error", message: error.message, fields: {} };
    console.error(error);
    return { status: "error", message: "Registration did not work just now. Please try again in a moment.", fields: {} };
  }
}
