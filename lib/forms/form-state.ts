/**
 * What a server action returns to its form: saved, or a message plus the fields to correct. Types
 * and the idle state only, so the browser's forms import nothing else (the server's half, which
 * renders refusals, is form-failure.ts).
 */

export type FormError = { status: "error"; message: string; fields: Record<string, string> };
export type FormState = { status: "idle" | "saved"; message?: string } | FormError;

export const IDLE: FormState = { status: "idle" };

/** A booking form's state: after a lost race, the fresh free times to choose from. */
export type BookingState = FormState & { slots?: string[] };

/** The new-psychologist form's state: the one-time password, shown once. */
export type NewPsychologistState = FormState & { created?: { profileId: string; email: string; temporaryPassword: string } };

/** The security page's state: recovery codes, shown once after they are made. */
export type RecoveryCodesState = FormState & { recoveryCodes?: string[] };

/** The series form's state: the times just booked. */
export type SeriesState = FormState & { booked?: string[] };

/** The calendar link's state: the secret URL, shown once. */
export type CalendarFeedState = FormState & { url?: string };

/** The new-API-token form's state: the token, shown once. */
export type ReportTokenState = FormState & { token?: string };
