/** What the registration form shows after a submission: done, or why not with what was typed (never the password). */
export interface RegistrationValues {
  tenantSlug: string;
  identifier: string;
  email: string;
  displayName: string;
}

export type RegisterState =
  | { status: "idle" }
  | { status: "registered"; email: string }
  | { status: "error"; message: string; fields: Record<string, string>; values: RegistrationValues };
