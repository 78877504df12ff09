/**
 * The one authorisation gate. Every page, route handler and server action calls it: layouts do not
 * run for actions and API calls, so a check there alone would leave those open.
 *
 * It protects: who may reach what (role), whether the session is still alive (idle and absolute
 * limits), and whether the account and its tenant are still active — read from the database on
 * each request, so suspending someone takes effect at once rather than when their token expires.
 */
import { cache } from "react";
import { cookies } from "next/headers";
import { z } from "zod";
import { AppError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { sqlRows } from "@/lib/db/sql";
import { openAlias, openEmail } from "./account-fields";
import { decodeSessionToken, sessionCookie, sessionTokenFromCookieHeader } from "./session-cookie";
import { SECOND_FACTOR_ROLES, type Role } from "./roles";
import { sessionExpired, type SessionTimes } from "./session-policy";
import { isCovered, NOT_COVERED_MESSAGE } from "@/lib/registry/coverage";

export interface Actor {
  id: string;
  role: Role;
  tenantId: string | null;
  email: string;
  displayName: string | null;
  /** For showing times: the person's own zone, else their employer's, else UTC. */
  timeZone: string;
  /** Still signing in with an operator-issued one-time password (only the password page admits them). */
  passwordChangeDue: boolean;
  /** Staff without an authenticator yet: only the security page admits them. */
  secondFactorSetupDue: boolean;
  /** The language the person chose for their account, if any (lib/i18n/locales decides the rest). */
  savedLocale: string | null;
  /** Their employer's language (null for the platform's own staff). */
  tenantLocale: string | null;
}

export interface SessionClaims extends Partial<SessionTimes> {
  userId: string;
  role: Role;
}

/** Any signed-in role. */
export const ANY_ROLE: readonly Role[] = ["employee", "psychologist", "hr", "tenant_admin", "platform_admin"];

// The cookie is decoded here rather than through next-auth's getServerSession, which would also
// re-encrypt and re-send it on every call; the proxy already slides the idle window.
const readClaims = cache(async (): Promise<SessionClaims | null> => claimsOf((await cookies()).get(sessionCookie().name)?.value));

async function claimsOf(rawCookie: string | undefined): Promise<SessionClaims | null> {
  const token = await decodeSessionToken(rawCookie);
  if (!token?.sub || !token.role || !z.uuid().safeParse(token.sub).success) return null;
  return { userId: token.sub, role: token.role, authTime: token.authTime, authTimeMs: token.authTimeMs, lastSeen: token.lastSeen };
}

/** The same check from a raw Cookie header, for the event stream served beside Next.js (scripts/web.ts). */
export async function authorizeCookieHeader(cookieHeader: string | undefined, roles: readonly Role[]): Promise<Actor> {
  return resolveActor(await claimsOf(sessionTokenFromCookieHeader(cookieHeader)), roles);
}

export interface AuthorizeOptions {
  /** Only the password-change page and its action: reachable while a one-time password is pending. */
  whilePasswordChangeIsDue?: boolean;
  /** Only the security page and its actions: reachable by staff who have no second factor yet. */
  whileSecondFactorSetupIsDue?: boolean;
}

export const PASSWORD_CHANGE_DUE = "password_change_due";
export const SECOND_FACTOR_SETUP_DUE = "second_factor_setup_due";

/** Resolves the signed-in person for this request and checks they hold one of `roles`. */
export async function authorize(roles: readonly Role[], options: AuthorizeOptions = {}): Promise<Actor> {
  return resolveActor(await readClaims(), roles, options);
}

/** The decision itself, separate from how the session is read, so it can be tested directly. */
export async function resolveActor(claims: SessionClaims | null, roles: readonly Role[], options: AuthorizeOptions = {}): Promise<Actor> {
  if (!claims) throw new AppError("unauthenticated", "errors.session.signIn");
  if (sessionExpired(claims)) throw new AppError("unauthenticated", "errors.session.expired");

  const user = await loadUser(claims.userId, claims.authTimeMs ?? null);
  // Signed out (in this browser or, for a stream opened before, anywhere that held this session).
  if (user?.signedOut) throw new AppError("unauthenticated", "errors.session.signedOut");
  if (!user || user.status !== "active" || (user.tenant && user.tenant.status !== "active")) {
    throw new AppError("unauthenticated", "errors.session.accountClosed");
  }
  if (user.role === "employee" && !isCovered({ registryEntry: user.registryEntry, graceDays: user.tenant?.contract?.registryGraceDays ?? 0 })) {
    throw new AppError("unauthenticated", NOT_COVERED_MESSAGE, { reason: "not_covered" });
  }
  // A role changed since sign-in invalidates the session rather than silently granting the new role.
  if (user.role !== claims.role) throw new AppError("unauthenticated", "errors.session.roleChanged");
  // A password change ends every session signed in before it, to the millisecond. A token from before
  // sign-in carried milliseconds knows only its second: it ends if that second is not wholly after the change.
  const signedInAt = claims.authTimeMs ?? (claims.authTime ?? 0) * 1000;
  if (user.passwordChangedAt && signedInAt <= user.passwordChangedAt.getTime()) {
    throw new AppError("unauthenticated", "errors.session.passwordChanged", { reason: "password_changed" });
  }
  if (!roles.includes(user.role)) throw new AppError("forbidden", "errors.access.page");
  if (user.mustChangePassword && !options.whilePasswordChangeIsDue) {
    throw new AppError("forbidden", "errors.session.passwordChangeDue", { reason: PASSWORD_CHANGE_DUE });
  }
  const secondFactorSetupDue = SECOND_FACTOR_ROLES.includes(user.role) && !user.hasSecondFactor;
  if (secondFactorSetupDue && !options.whileSecondFactorSetupIsDue && !options.whilePasswordChangeIsDue) {
    throw new AppError("forbidden", "errors.session.secondFactorSetupDue", { reason: SECOND_FACTOR_SETUP_DUE });
  }

  return {
    id: user.id,
    role: user.role,
    tenantId: user.tenantId,
    email: user.email,
    displayName: user.displayName,
    timeZone: user.timeZone ?? user.tenant?.timeZone ?? "UTC",
    passwordChangeDue: user.mustChangePassword,
    secondFactorSetupDue,
    savedLocale: user.locale,
    tenantLocale: user.tenant?.locale ?? null,
  };
}

/** The signed-in person, or null when nobody (or nobody valid) is: for what every page shows, such as its language. */
export async function currentActorOrNull(): Promise<Actor | null> {
  try {
    return await authorize(ANY_ROLE, { whilePasswordChangeIsDue: true, whileSecondFactorSetupIsDue: true });
  } catch (error) {
    if (error instanceof AppError) return null;
    throw error;
  }
}

interface UserRow {
  id: string;
  role: Role;
  tenantId: string | null;
  email: string;
  displayName: string | null;
  timeZone: string | null;
  locale: string | null;
  status: string;
  mustChangePassword: boolean;
  passwordChangedAt: Date | null;
  hasSecondFactor: boolean;
  /** This very session was ended by signing out (lib/auth/sign-out). */
  signedOut: boolean;
  tenant: { status: string; timeZone: string; locale: string; contract: { registryGraceDays: number } | null } | null;
  registryEntry: { status: "active" | "removed"; removedAt: Date | null } | null;
}

// Every request of every page and API call runs this: one plain query with the joins written out
// (Prisma's nested select costs ~3 ms of CPU here; see lib/db/sql.ts).
const loadUser = cache(async (id: string, authTimeMs: number | null): Promise<UserRow | null> => {
  const [row] = await sqlRows<{
    id: string;
    role: Role;
    tenant_id: string | null;
    email_sealed: Uint8Array;
    display_name_sealed: Uint8Array | null;
    time_zone: string | null;
    locale: string | null;
    status: string;
    must_change_password: boolean;
    password_changed_at: Date | null;
    has_second_factor: boolean;
    signed_out: boolean;
    tenant_status: string | null;
    tenant_time_zone: string | null;
    tenant_locale: string | null;
    registry_grace_days: number | null;
    registry_status: "active" | "removed" | null;
    removed_at: Date | null;
  }>(Prisma.sql`
    SELECT u.id, u.role::text AS role, u.tenant_id, u.email_sealed, u.display_name_sealed, u.time_zone, u.locale, u.status::text AS status,
           u.must_change_password, u.password_changed_at,
           -- Only staff must hold a second factor: employees' requests skip both look-ups.
           CASE WHEN u.role::text = ANY(${[...SECOND_FACTOR_ROLES]}::text[])
                THEN EXISTS (SELECT 1 FROM totp_factors f WHERE f.user_id = u.id AND f.confirmed_at IS NOT NULL)
                  OR EXISTS (SELECT 1 FROM passkeys k WHERE k.user_id = u.id)
                ELSE false END AS has_second_factor,
           EXISTS (SELECT 1 FROM revoked_sessions s WHERE s.user_id = u.id AND s.auth_time_ms = ${authTimeMs ?? -1}::bigint) AS signed_out,
           t.status::text AS tenant_status, t.time_zone AS tenant_time_zone, t.locale AS tenant_locale, c.registry_grace_days,
           r.status::text AS registry_status, r.removed_at
    FROM users u
    LEFT JOIN tenants t ON t.id = u.tenant_id
    LEFT JOIN contracts c ON c.tenant_id = u.tenant_id
    LEFT JOIN registry_entries r ON r.id = u.registry_entry_id
    WHERE u.id = ${id}::uuid`);
  if (!row) return null;
  return {
    id: row.id,
    role: row.role,
    tenantId: row.tenant_id,
    email: openEmail({ id: row.id, emailSealed: row.email_sealed }),
    displayName: openAlias({ id: row.id, displayNameSealed: row.display_name_sealed }),
    timeZone: row.time_zone,
    locale: row.locale,
    status: row.status,
    mustChangePassword: row.must_change_password,
    passwordChangedAt: row.password_changed_at,
    hasSecondFactor: row.has_second_factor,
    signedOut: row.signed_out,
    tenant:
      row.tenant_status === null
        ? null
        : {
            status: row.tenant_status,
            timeZone: row.tenant_time_zone!,
            locale: row.tenant_locale!,
            contract: row.registry_grace_days === null ? null : { registryGraceDays: row.registry_grace_days },
          },
    registryEntry: row.registry_status === null ? null : { status: row.registry_status, removedAt: row.removed_at },
  };
});
