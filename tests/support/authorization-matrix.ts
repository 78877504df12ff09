/**
 * The authorization matrix: every page, route handler and server action in `app/` (found by
 * tests/support/app-routes.ts) against every kind of caller, each cell with the outcome the product's
 * rules (ARCHITECTURE.md: roles, privacy) call for. Written by hand, row by row — not read from the
 * app's own tables — so the app is compared with the rules, not with itself.
 *
 * Outcomes are what the caller can tell apart: the thing itself ("ok"), "sign in first"
 * (401 or a redirect to /login), "not for your role" (403), "no such thing" (404: also what another
 * person's row answers, so probing learns nothing) and "the request itself is refused" (400/409/422:
 * the caller got past every check on who they are).
 */
import type { Role } from "@/lib/auth/roles";
import { ALL_ROLES, mayOpen } from "./access-policy";

export const ACTORS = [
  "signedOut",
  "employee",
  "sameTenantEmployee",
  "otherTenantEmployee",
  "appointmentPsychologist",
  "otherPsychologist",
  "hr",
  "otherTenantHr",
  "tenantAdmin",
  "otherTenantAdmin",
  "platformAdmin",
  "suspendedAccount",
  "removedEmployee",
] as const;
export type ActorName = (typeof ACTORS)[number];

/** Each actor's role; the suspended account is a psychologist, the removed employee an employee of the first tenant. */
export const ROLE_OF: Record<ActorName, Role | null> = {
  signedOut: null,
  employee: "employee",
  sameTenantEmployee: "employee",
  otherTenantEmployee: "employee",
  appointmentPsychologist: "psychologist",
  otherPsychologist: "psychologist",
  hr: "hr",
  otherTenantHr: "hr",
  tenantAdmin: "tenant_admin",
  otherTenantAdmin: "tenant_admin",
  platformAdmin: "platform_admin",
  suspendedAccount: "psychologist",
  removedEmployee: "employee",
};

export type Outcome = "ok" | "unauthenticated" | "forbidden" | "not_found" | "invalid";

/** The rows the matrix is run on: "the employee" holds `appointment` and `conversation` with "the appointment's psychologist". */
export interface Scenario {
  tenantId: string;
  tenantSlug: string;
  appointmentId: string;
  /** A second session of the same pair, for the psychologist's actions (the employee's cancel the first). */
  psychologistAppointmentId: string;
  conversationId: string;
  /** A published demo psychologist: what employees browse. */
  catalogueProfileId: string;
  /** The appointment's psychologist's own profile. */
  ownProfileId: string;
  ownQualificationId: string;
}

export type CellRequest =
  | { kind: "page"; path: string }
  | { kind: "http"; method: string; path: string; body?: unknown }
  /** `root` is the action's argument list as React encodes it; FORM marks the submitted (empty) form. */
  | { kind: "action"; name: string; root: unknown[]; form?: Record<string, string> };

export interface MatrixRow {
  request: (s: Scenario) => CellRequest;
  expect: (actor: ActorName) => Outcome;
}

export const FORM = "$K1";
const NIL = "00000000-0000-4000-8000-000000000000";
/** Who can no longer act: nobody, a suspended account, an employee the employer removed (past the grace period). */
const WITHOUT_SESSION: readonly ActorName[] = ["signedOut", "suspendedAccount", "removedEmployee"];

/**
 * Callers with one of `roles` get `allowed` (or their entry in `rows`, for rows that are not theirs);
 * other roles are refused; callers without a valid session are asked to sign in.
 */
function forRoles(roles: readonly Role[], allowed: Outcome, rows: Partial<Record<ActorName, Outcome>> = {}) {
  return (actor: ActorName): Outcome => {
    if (WITHOUT_SESSION.includes(actor)) return "unauthenticated";
    if (!roles.includes(ROLE_OF[actor]!)) return "forbidden";
    return rows[actor] ?? allowed;
  };
}

/** The same for everyone, signed in or not. */
const everyone = (outcome: Outcome) => () => outcome;

/** A signed-in page open to the roles the hand-written page policy (access-policy.ts) gives it. */
function guardedPage(path: string, options: { like?: string; rows?: Partial<Record<ActorName, Outcome>> } = {}): MatrixRow {
  const policyPage = options.like ?? path;
  return {
    request: (s) => ({ kind: "page", path: fill(path, s) }),
    expect: forRoles(
      ALL_ROLES.filter((role) => mayOpen(role, policyPage)),
      "ok",
      options.rows,
    ),
  };
}

function fill(path: string, s: Scenario): string {
  return path
    .replace("[appointmentId]", s.appointmentId)
    .replace("[conversationId]", s.conversationId)
    .replace("[tenantId]", s.tenantId)
    .replace("[slug]", s.tenantSlug)
    .replace(/\[profileId\]/, path.startsWith("/admin") ? s.ownProfileId : s.catalogueProfileId)
    .replace("[token]", "not-a-real-token-0000")
    .replace("[...path]", "nothing-here")
    .replace("[...nextauth]", "session");
}

const page = (path: string): MatrixRow => ({ request: (s) => ({ kind: "page", path: fill(path, s) }), expect: everyone("ok") });
const http = (method: string, path: string, expect: MatrixRow["expect"], body?: unknown): MatrixRow => ({
  request: (s) => ({ kind: "http", method, path: fill(path, s), body }),
  expect,
});
const action = (name: string, root: (s: Scenario) => unknown[], expect: MatrixRow["expect"], form?: Record<string, string>): MatrixRow => ({
  request: (s) => ({ kind: "action", name, root: root(s), form }),
  expect,
});

/** Other people's rows: the employee's appointment and conversation are theirs and their psychologist's alone. */
const NOT_THE_EMPLOYEES: Partial<Record<ActorName, Outcome>> = { sameTenantEmployee: "not_found", otherTenantEmployee: "not_found" };
const NOT_THE_PSYCHOLOGISTS: Partial<Record<ActorName, Outcome>> = { otherPsychologist: "not_found" };
const EMPLOYEE: readonly Role[] = ["employee"];
const PSYCHOLOGIST: readonly Role[] = ["psychologist"];
const PLATFORM: readonly Role[] = ["platform_admin"];
const ANY_ROLE: readonly Role[] = ALL_ROLES;

export const AUTHORIZATION_MATRIX: Record<string, MatrixRow> = {
  // Public pages: the same for everyone, whoever is signed in.
  "page /": page("/"),
  "page /login": page("/login"),
  "page /register": page("/register"),
  "page /forgot-password": page("/forgot-password"),
  "page /reset-password/[token]": page("/reset-password/[token]"),
  "page /confirm-email/[token]": page("/confirm-email/[token]"),
  "page /q/[token]": page("/q/[token]"),
  "page /t/[slug]": page("/t/[slug]"),
  "page /help": page("/help"),

  "page /home": guardedPage("/home"),
  "page /account/password": guardedPage("/account/password"),
  "page /account/security": guardedPage("/account/security"),
  "page /cabinet": guardedPage("/cabinet"),
  "page /cabinet/messages": guardedPage("/cabinet/messages"),
  "page /cabinet/messages/[conversationId]": guardedPage("/cabinet/messages/[conversationId]", { like: "/cabinet/messages", rows: NOT_THE_EMPLOYEES }),
  "page /cabinet/sessions/[appointmentId]": guardedPage("/cabinet/sessions/[appointmentId]", { like: "/cabinet", rows: NOT_THE_EMPLOYEES }),
  "page /cabinet/appointments/[appointmentId]/cancel": guardedPage("/cabinet/appointments/[appointmentId]/cancel", {
    like: "/cabinet",
    rows: NOT_THE_EMPLOYEES,
  }),
  "page /catalogue": guardedPage("/catalogue"),
  "page /catalogue/match": guardedPage("/catalogue/match"),
  "page /catalogue/[profileId]": guardedPage("/catalogue/[profileId]", { like: "/catalogue" }),
  "page /catalogue/[profileId]/book": guardedPage("/catalogue/[profileId]/book", { like: "/catalogue" }),
  "page /practice": guardedPage("/practice"),
  "page /practice/profile": guardedPage("/practice/profile"),
  "page /practice/availability": guardedPage("/practice/availability"),
  "page /practice/calendar": guardedPage("/practice/calendar"),
  "page /practice/clients": guardedPage("/practice/clients"),
  "page /practice/clients/[conversationId]": guardedPage("/practice/clients/[conversationId]", { like: "/practice/clients", rows: NOT_THE_PSYCHOLOGISTS }),
  "page /practice/sessions/[appointmentId]": guardedPage("/practice/sessions/[appointmentId]", { like: "/practice", rows: NOT_THE_PSYCHOLOGISTS }),
  "page /hr": guardedPage("/hr"),
  "page /materials": guardedPage("/materials"),
  "page /manage": guardedPage("/manage"),
  "page /admin": guardedPage("/admin"),
  "page /admin/tenants/new": guardedPage("/admin/tenants/new"),
  "page /admin/tenants/[tenantId]": guardedPage("/admin/tenants/[tenantId]", { like: "/admin" }),
  "page /admin/psychologists": guardedPage("/admin/psychologists"),
  "page /admin/psychologists/[profileId]": guardedPage("/admin/psychologists/[profileId]", { like: "/admin/psychologists" }),
  "page /admin/reviews": guardedPage("/admin/reviews"),
  "page /admin/outbox": guardedPage("/admin/outbox"),
  "page /admin/reports": guardedPage("/admin/reports"),
  "page /admin/crisis-lines": guardedPage("/admin/crisis-lines"),
  "page /admin/risk": guardedPage("/admin/risk"),
  "page /admin/keys": guardedPage("/admin/keys"),
  "page /admin/audit": guardedPage("/admin/audit"),

  // Route handlers.
  "GET /api/[...path]": http("GET", "/api/[...path]", everyone("not_found")),
  "POST /api/[...path]": http("POST", "/api/[...path]", everyone("not_found")),
  "PUT /api/[...path]": http("PUT", "/api/[...path]", everyone("not_found")),
  "PATCH /api/[...path]": http("PATCH", "/api/[...path]", everyone("not_found")),
  "DELETE /api/[...path]": http("DELETE", "/api/[...path]", everyone("not_found")),
  "GET /api/health": http("GET", "/api/health", everyone("ok")),
  "GET /api/auth/[...nextauth]": http("GET", "/api/auth/[...nextauth]", everyone("ok")),
  // next-auth's own POSTs need its CSRF token: without one nothing happens, for anyone.
  "POST /api/auth/[...nextauth]": http("POST", "/api/auth/signout", everyone("ok")),
  "GET /api/v1/openapi.json": http("GET", "/api/v1/openapi.json", everyone("ok")),
  "POST /api/livekit/webhook": http("POST", "/api/livekit/webhook", everyone("unauthenticated"), { event: "room_finished" }),
  "POST /api/passkeys/sign-in-options": http("POST", "/api/passkeys/sign-in-options", everyone("ok")),
  "GET /api/account/export": http("GET", "/api/account/export", forRoles(EMPLOYEE, "ok")),
  "POST /api/account/passkeys/options": http("POST", "/api/account/passkeys/options", forRoles(ANY_ROLE, "ok")),
  "POST /api/account/passkeys": http("POST", "/api/account/passkeys", forRoles(ANY_ROLE, "invalid"), { name: "x" }),
  "GET /api/v1/psychologists": http("GET", "/api/v1/psychologists", forRoles(EMPLOYEE, "ok")),
  "GET /api/v1/psychologists/[profileId]": http("GET", "/api/v1/psychologists/[profileId]", forRoles(EMPLOYEE, "ok")),
  // Photos also appear on the psychologist's own profile page and the operator's review page. The
  // demo profile has none: those who may look are told so, the others are refused before that.
  "GET /api/v1/psychologists/[profileId]/photo": http(
    "GET",
    "/api/v1/psychologists/[profileId]/photo",
    forRoles(["employee", "psychologist", "platform_admin"], "not_found"),
  ),
  "POST /api/v1/appointments": http("POST", "/api/v1/appointments", forRoles(EMPLOYEE, "invalid"), {}),
  // The call opens ten minutes before the session: this one is days away, so its own two are told "not yet".
  "POST /api/v1/appointments/[appointmentId]/livekit-token": http(
    "POST",
    "/api/v1/appointments/[appointmentId]/livekit-token",
    forRoles(["employee", "psychologist"], "invalid", { ...NOT_THE_EMPLOYEES, ...NOT_THE_PSYCHOLOGISTS }),
  ),
  "GET /api/v1/appointments/[appointmentId]/calendar": http(
    "GET",
    "/api/v1/appointments/[appointmentId]/calendar",
    forRoles(["employee", "psychologist"], "ok", { ...NOT_THE_EMPLOYEES, ...NOT_THE_PSYCHOLOGISTS }),
  ),
  // The secret in the URL is the only credential (calendar apps send no cookies): a wrong one is not found, whoever asks.
  "GET /api/v1/calendar-feeds/[token]": http("GET", "/api/v1/calendar-feeds/[token]", everyone("not_found")),
  "GET /api/v1/appointments/[appointmentId]/presence": http(
    "GET",
    "/api/v1/appointments/[appointmentId]/presence",
    forRoles(["employee", "psychologist"], "ok", { ...NOT_THE_EMPLOYEES, ...NOT_THE_PSYCHOLOGISTS }),
  ),
  "GET /api/v1/conversations/[conversationId]/events": http(
    "GET",
    "/api/v1/conversations/[conversationId]/events",
    forRoles(["employee", "psychologist"], "ok", { ...NOT_THE_EMPLOYEES, ...NOT_THE_PSYCHOLOGISTS }),
  ),
  "POST /api/v1/conversations/[conversationId]/messages": http(
    "POST",
    "/api/v1/conversations/[conversationId]/messages",
    forRoles(["employee", "psychologist"], "ok", { ...NOT_THE_EMPLOYEES, ...NOT_THE_PSYCHOLOGISTS }),
    { text: "A message from the authorization matrix.", clientToken: "0f4a4c4e-5b7d-4c43-9a55-6a8f3f2f1a01" },
  ),
  "POST /api/v1/conversations/[conversationId]/read": http(
    "POST",
    "/api/v1/conversations/[conversationId]/read",
    forRoles(["employee", "psychologist"], "ok", { ...NOT_THE_EMPLOYEES, ...NOT_THE_PSYCHOLOGISTS }),
    { upTo: "0" },
  ),
  "POST /api/v1/conversations/[conversationId]/typing": http(
    "POST",
    "/api/v1/conversations/[conversationId]/typing",
    forRoles(["employee", "psychologist"], "ok", { ...NOT_THE_EMPLOYEES, ...NOT_THE_PSYCHOLOGISTS }),
    {},
  ),
  // Aggregate reports: HR and the tenant admin (their own tenant), the platform admin (a named one).
  "GET /api/v1/reports/periods": http("GET", "/api/v1/reports/periods?tenant=[tenantId]", forRoles(["hr", "tenant_admin", "platform_admin"], "ok")),
  // A period never offered is "no such report" to those who may read reports, a refusal to the rest.
  "GET /api/v1/reports/utilisation": http(
    "GET",
    "/api/v1/reports/utilisation?tenant=[tenantId]&period=1999-01",
    forRoles(["hr", "tenant_admin", "platform_admin"], "not_found"),
  ),
  "GET /api/v1/reports/export": http(
    "GET",
    "/api/v1/reports/export?tenant=[tenantId]&period=1999-01&format=csv",
    forRoles(["hr", "tenant_admin", "platform_admin"], "not_found"),
  ),
  // Materials for staff: the employer's HR and admins, of their own programme (nothing to name another's).
  "GET /api/v1/materials/poster": http("GET", "/api/v1/materials/poster?lang=en", forRoles(["hr", "tenant_admin"], "ok")),
  "GET /api/v1/materials/qr": http("GET", "/api/v1/materials/qr?format=svg", forRoles(["hr", "tenant_admin"], "ok")),
  "GET /api/v1/materials/invitation": http("GET", "/api/v1/materials/invitation?lang=ru", forRoles(["hr", "tenant_admin"], "ok")),
  "POST /api/v1/tenants/[tenantId]/registry-imports": http(
    "POST",
    "/api/v1/tenants/[tenantId]/registry-imports?dryRun=true",
    forRoles(["tenant_admin", "platform_admin"], "ok", { otherTenantAdmin: "not_found" }),
    "id\nMATRIX-PROBE-1\n",
  ),

  // Server actions, with arguments that parse: the guard decides, then the row's owner.
  "action chooseLocaleAction": action("chooseLocaleAction", () => ["en", FORM], everyone("ok")),
  "action registerAction": action("registerAction", () => [null, FORM], everyone("ok")),
  "action requestPasswordResetAction": action("requestPasswordResetAction", () => [null, FORM], everyone("ok")),
  "action resetPasswordAction": action("resetPasswordAction", () => [null, FORM], everyone("ok")),
  "action answerNpsByLinkAction": action("answerNpsByLinkAction", () => ["not-a-real-token", null, FORM], everyone("ok")),
  "action changePasswordAction": action("changePasswordAction", () => [null, FORM], forRoles(ANY_ROLE, "ok")),
  "action confirmTotpAction": action("confirmTotpAction", () => [null, FORM], forRoles(ANY_ROLE, "ok")),
  "action renewRecoveryCodesAction": action("renewRecoveryCodesAction", () => [null, FORM], forRoles(ANY_ROLE, "ok")),
  "action removeTotpAction": action("removeTotpAction", () => [null, FORM], forRoles(ANY_ROLE, "ok")),
  "action renamePasskeyAction": action("renamePasskeyAction", () => [null, FORM], forRoles(ANY_ROLE, "ok")),
  "action removePasskeyAction": action("removePasskeyAction", () => [null, FORM], forRoles(ANY_ROLE, "ok")),
  // Without the password nothing is deleted: employees are asked for it; staff accounts are not closed from here.
  "action deleteMyAccountAction": action("deleteMyAccountAction", () => [null, FORM], forRoles(EMPLOYEE, "ok")),

  // Only a held session of one's own can be rated: this one is days away, so it is "no such session" to everyone.
  "action leaveFeedbackAction": action("leaveFeedbackAction", (s) => [s.appointmentId, null, FORM], forRoles(EMPLOYEE, "not_found"), { rating: "5" }),
  "action markEmployeeNotificationsReadAction": action("markEmployeeNotificationsReadAction", () => [FORM], forRoles(EMPLOYEE, "ok")),
  "action setTimeZoneAction": action("setTimeZoneAction", () => [null, FORM], forRoles(EMPLOYEE, "ok")),
  "action completeHomeworkAction": action("completeHomeworkAction", () => [NIL, null, FORM], forRoles(EMPLOYEE, "not_found")),
  "action answerNpsAction": action("answerNpsAction", () => [NIL, null, FORM], forRoles(EMPLOYEE, "not_found")),
  "action confirmBookingAction": action(
    "confirmBookingAction",
    (s) => [{ psychologistId: s.catalogueProfileId, startsAt: "1999-01-04T10:00:00Z" }, null, FORM],
    forRoles(EMPLOYEE, "ok"),
  ),
  // Last for the employee (the runner sends actions after every page and handler): it cancels the session.
  "action cancelAppointmentAction": action("cancelAppointmentAction", (s) => [s.appointmentId, null, FORM], forRoles(EMPLOYEE, "ok", NOT_THE_EMPLOYEES)),

  "action completeSessionAction": action(
    "completeSessionAction",
    (s) => [s.psychologistAppointmentId, null, FORM],
    forRoles(PSYCHOLOGIST, "ok", NOT_THE_PSYCHOLOGISTS),
  ),
  "action recordNoShowAction": action(
    "recordNoShowAction",
    (s) => [s.psychologistAppointmentId, null, FORM],
    forRoles(PSYCHOLOGIST, "ok", NOT_THE_PSYCHOLOGISTS),
  ),
  "action saveNoteAction": action("saveNoteAction", (s) => [s.psychologistAppointmentId, null, FORM], forRoles(PSYCHOLOGIST, "ok", NOT_THE_PSYCHOLOGISTS)),
  "action assignHomeworkAction": action(
    "assignHomeworkAction",
    (s) => [s.psychologistAppointmentId, null, FORM],
    forRoles(PSYCHOLOGIST, "ok", NOT_THE_PSYCHOLOGISTS),
  ),
  // An empty form: the client's own psychologist is told what to fill in; nobody else finds the client.
  "action bookSeriesAction": action("bookSeriesAction", (s) => [s.conversationId, null, FORM], forRoles(PSYCHOLOGIST, "ok", NOT_THE_PSYCHOLOGISTS)),
  // The session is days away: its psychologist is told it is too early to say they are late.
  "action markRunningLateAction": action(
    "markRunningLateAction",
    (s) => [s.psychologistAppointmentId, null, FORM],
    forRoles(PSYCHOLOGIST, "ok", NOT_THE_PSYCHOLOGISTS),
  ),
  // An empty form: the session's psychologist is told to choose a level; nobody else finds the session.
  "action raiseRiskFlagAction": action(
    "raiseRiskFlagAction",
    (s) => [s.psychologistAppointmentId, null, FORM],
    forRoles(PSYCHOLOGIST, "ok", NOT_THE_PSYCHOLOGISTS),
  ),
  // Last of the psychologist's session actions (each caller's actions run in this order): it cancels the session.
  "action cancelByPsychologistAction": action(
    "cancelByPsychologistAction",
    (s) => [s.psychologistAppointmentId, null, FORM],
    forRoles(PSYCHOLOGIST, "ok", NOT_THE_PSYCHOLOGISTS),
  ),
  "action createCalendarFeedAction": action("createCalendarFeedAction", () => [null, FORM], forRoles(PSYCHOLOGIST, "ok")),
  "action revokeCalendarFeedAction": action("revokeCalendarFeedAction", () => [null, FORM], forRoles(PSYCHOLOGIST, "ok")),
  "action markPracticeNotificationsReadAction": action("markPracticeNotificationsReadAction", () => [FORM], forRoles(PSYCHOLOGIST, "ok")),
  "action addWeeklyHoursAction": action("addWeeklyHoursAction", () => [null, FORM], forRoles(PSYCHOLOGIST, "ok")),
  "action addExceptionAction": action("addExceptionAction", () => [null, FORM], forRoles(PSYCHOLOGIST, "ok")),
  "action removeAvailabilityAction": action("removeAvailabilityAction", () => ["rule", NIL, null, FORM], forRoles(PSYCHOLOGIST, "not_found")),
  "action saveProfileAction": action("saveProfileAction", () => [null, FORM], forRoles(PSYCHOLOGIST, "ok")),
  "action addQualificationAction": action("addQualificationAction", () => [null, FORM], forRoles(PSYCHOLOGIST, "ok")),
  "action removeQualificationAction": action(
    "removeQualificationAction",
    (s) => [s.ownQualificationId, null, FORM],
    forRoles(PSYCHOLOGIST, "ok", NOT_THE_PSYCHOLOGISTS),
  ),
  "action uploadPhotoAction": action("uploadPhotoAction", () => [null, FORM], forRoles(PSYCHOLOGIST, "ok")),

  "action createReportTokenAction": action("createReportTokenAction", () => [null, FORM], forRoles(["hr"], "ok")),
  "action revokeReportTokenAction": action("revokeReportTokenAction", () => [NIL, null, FORM], forRoles(["hr"], "not_found")),

  "action requestKeyRotationAction": action("requestKeyRotationAction", () => [null, FORM], forRoles(PLATFORM, "ok")),
  "action createPsychologistAction": action("createPsychologistAction", () => [null, FORM], forRoles(PLATFORM, "ok")),
  "action verifyQualificationAction": action("verifyQualificationAction", () => [NIL, NIL, "verified", null, FORM], forRoles(PLATFORM, "not_found")),
  "action setProfileStatusAction": action("setProfileStatusAction", () => [NIL, "hidden", null, FORM], forRoles(PLATFORM, "not_found")),
  "action reviewProfileChangesAction": action(
    "reviewProfileChangesAction",
    () => [NIL, "approved", "2026-01-01T00:00:00Z", null, FORM],
    forRoles(PLATFORM, "not_found"),
  ),
  "action moderateReviewAction": action("moderateReviewAction", () => [NIL, "approved", null, FORM], forRoles(PLATFORM, "not_found")),
  "action saveTenantAction": action("saveTenantAction", () => [NIL, null, FORM], forRoles(PLATFORM, "ok")),
  "action setTenantStatusAction": action("setTenantStatusAction", () => [NIL, "active", null, FORM], forRoles(PLATFORM, "not_found")),
  "action saveCrisisLineAction": action("saveCrisisLineAction", () => [null, null, FORM], forRoles(PLATFORM, "ok")),
  "action followUpRiskCaseAction": action("followUpRiskCaseAction", () => [NIL, null, FORM], forRoles(PLATFORM, "not_found")),
  "action deleteCrisisLineAction": action("deleteCrisisLineAction", () => [NIL, null, FORM], forRoles(PLATFORM, "not_found")),
};
