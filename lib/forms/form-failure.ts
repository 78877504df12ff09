/** The server's half of a form's state: refusals and successes rendered in the request's language. */
import { ZodError } from "zod";
import { isAppError } from "@/lib/errors";
import { errorText } from "@/lib/i18n/error-text";
import type { FormError } from "./form-state";

/**
 * Turns the domain's refusals into a form state, in the request's language; anything unexpected
 * still reaches the error page.
 */
export async function formFailure(error: unknown): Promise<FormError> {
  if (!(error instanceof ZodError) && !isAppError(error)) throw error;
  const render = await errorText();
  if (error instanceof ZodError) {
    const fields = Object.fromEntries(
      error.issues.map((issue) => [String([...issue.path].reverse().find((p) => typeof p === "string") ?? "form"), render.issue(issue)]),
    );
    return { status: "error", message: render.text("errors.correctFields"), fields };
  }
  const fields = Array.isArray(error.details?.fields)
    ? Object.fromEntries((error.details.fields as { path: string; message: string }[]).map((f) => [f.path, render.text(f.message)]))
    : {};
  return { status: "error", message: render.error(error), fields };
}

/** A successful submission's message, in the request's language (key under "outcomes"). */
export async function savedState(key: string): Promise<{ status: "saved"; message: string }> {
  return { status: "saved", message: (await errorText()).text(`outcomes.${key}`) };
}
