/**
 * The one authorisation gate. Every page, route handler and server action calls it: layouts do not
 * run for actions and API calls, so a check there alone would leave those open.
 *
 * It protects: who may reach what (role), whether the session is still alive (idle and absolute
 * limits), and whether the account and its tenant are still active — read from the database on
 * each request, so suspending someone takes effect at once rather than when their token expires.
 */
import { cache } from "react";
import { getServerSession } from "next-auth";
import { AppError } from "@/lib/errors";
import { db } from "@/lib/db/client";
import { authOptions } from "./options";
import type { Role } from "./roles";
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
}

export interface SessionClaims extends Partial<SessionTimes> {
  userId: string;
  role: Role;
}

/** Any signed-in role. */
export const ANY_ROLE: readonly Role[] = ["employee", "psychologist", "hr", "tenant_admin", "platform_admin"];

const readClaims = cache(async (): Promise<SessionClaims | null> => {
  const session = await getServerSession(authOptions());
  if (!session?.user?.id) return null;
  return { userId: session.user.id, role: session.user.role, authTime: session.authTime, lastSeen: session.lastSeen };
});

/** Resolves the signed-in person for this request and checks they hold one of `roles`. */
export async function authorize(roles: readonly Role[]): Promise<Actor> {
  return resolveActor(await readClaims(), roles);
}

/** The decision itself, separate from how the session is read, so it can be tested directly. */
export async function resolveActor(claims: SessionClaims | null, roles: readonly Role[]): Promise<Actor> {
  if (!claims) throw new AppError("unauthenticated", "Please sign in to continue.");
  if (sessionExpired(claims)) throw new AppError("unauthenticated", "Your session has expired. Please sign in again.");

  const user = await loadUser(claims.userId);
  if (!user || user.status !== "active" || (user.tenant && user.tenant.status !== "active")) {
    throw new AppError("unauthenticated", "This account can no longer sign in. Contact your administrator if you think this is a mistake.");
  }
  if (user.role === "employee" && !isCovered({ registryEntry: user.registryEntry, graceDays: user.tenant?.contract?.registryGraceDays ?? 0 })) {
    throw new AppError("unauthenticated", NOT_COVERED_MESSAGE, { reason: "not_covered" });
  }
  // A role changed since sign-in invalidates the session rather than silently granting the new role.
  if (user.role !== claims.role) throw new AppError("unauthenticated", "Your access has changed. Please sign in again.");
  if (!roles.includes(user.role)) throw new AppError("forbidden", "You do not have access to this page.");

  return {
    id: user.id,
    role: user.role,
    tenantId: user.tenantId,
    email: user.email,
    displayName: user.displayName,
    timeZone: user.timeZone ?? user.tenant?.timeZone ?? "UTC",
  };
}

const loadUser = cache((id: string) =>
  db().user.findUnique({
    where: { id },
    select: {
      id: true,
      role: true,
      tenantId: true,
      email: true,
      displayName: true,
      timeZone: true,
      status: true,
      tenant: { select: { status: true, timeZone: true, contract: { select: { registryGraceDays: true } } } },
      registryEntry: { select: { status: true, removedAt: true } },
    },
  }),
);
