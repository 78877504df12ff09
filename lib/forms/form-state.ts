/** What a server action returns to its form: saved, or a message plus the fields to correct. */
import { ZodError } from "zod";
import { isAppError } from "@/lib/errors";
import { errorText } from "@/lib/i18n/error-text";

export type FormError = { status: "error"; message: string; fields: Record<string, string> };
export type FormState = { status: "idle" | "saved"; message?: string } | FormError;

export const IDLE: FormState = { status: "idle" };

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

/** A booking form's state: after a lost race, the fresh free times to choose from. */
export type BookingState = FormState & { slots?: string[] };

/** The new-psychologist form's state: the one-time password, shown once. */
export type NewPsychologistState = FormState & { created?: { profileId: string; email: string; temporaryPassword: string } };

/** The security page's state: recovery codes, shown once after they are made. */
export type RecoveryCodesState = FormState & { recoveryCodes?: string[] };

/** A successful submission's message, in the request's language (key under "outcomes"). */
export async function savedState(key: string): Promise<{ status: "saved"; message: string }> {
  return { status: "saved", message: (await errorText()).text(`outcomes.${key}`) };
}

/** The series form's state: the times just booked. */
export type SeriesState = FormState & { booked?: string[] };

/** The calendar link's state: the secret URL, shown once. */
export type CalendarFeedState = FormState & { url?: string };

/** The new-API-token form's state: the token, shown once. */
export type ReportTokenState = FormState & { token?: string };
