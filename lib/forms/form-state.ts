/** What a server action returns to its form: saved, or a message plus the fields to correct. */
import { ZodError } from "zod";
import { isAppError } from "@/lib/errors";

export type FormState = { status: "idle" | "saved"; message?: string } | { status: "error"; message: string; fields: Record<string, string> };

export const IDLE: FormState = { status: "idle" };

/** Turns the domain's refusals into a form state; anything unexpected still reaches the error page. */
export function formFailure(error: unknown): FormState {
  if (error instanceof ZodError) {
    const fields = Object.fromEntries(
      error.issues.map((issue) => [String([...issue.path].reverse().find((p) => typeof p === "string") ?? "form"), issue.message]),
    );
    return { status: "error", message: "Please correct the highlighted fields.", fields };
  }
  if (isAppError(error)) {
    const fields = Array.isArray(error.details?.fields)
      ? Object.fromEntries((error.details.fields as { path: string; message: string }[]).map((f) => [f.path, f.message]))
      : {};
    return { status: "error", message: error.message, fields };
  }
  throw error;
}

/** A booking form's state: after a lost race, the fresh free times to choose from. */
export type BookingState = FormState & { slots?: string[] };

/** The new-psychologist form's state: the one-time password, shown once. */
export type NewPsychologistState = FormState & { created?: { profileId: string; email: string; temporaryPassword: string } };
