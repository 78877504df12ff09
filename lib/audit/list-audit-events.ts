/**
 * The audit log for the operator: actions, roles and ids, never content. Filtered by who acted (an
 * account's e-mail, found by its blind index, or its id), what they did, for which tenant, and when;
 * paged newest first by id, so a page stays the same while new events arrive.
 */
import { z } from "zod";
import { whereEmail } from "@/lib/auth/account-fields";
import type { Actor } from "@/lib/auth/guard";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { AUDIT_ACTIONS } from "./record-audit";

export const AUDIT_PAGE_SIZE = 50;

const EVENT_SELECT = {
  id: true,
  at: true,
  action: true,
  actorId: true,
  actorRole: true,
  tenantId: true,
  targetType: true,
  targetId: true,
  meta: true,
} as const;

function assertOperator(actor: Actor) {
  if (actor.role !== "platform_admin") throw new AppError("forbidden", "errors.access.auditLog");
}

function toEvent(e: Prisma.AuditEventGetPayload<{ select: typeof EVENT_SELECT }>) {
  return { ...e, id: e.id.toString(), meta: (e.meta ?? {}) as Record<string, unknown> };
}
export type AuditEventRow = ReturnType<typeof toEvent>;

/** The newest events, for the overview. */
export async function listAuditEvents(actor: Actor, options: { limit?: number } = {}): Promise<AuditEventRow[]> {
  assertOperator(actor);
  const events = await db().auditEvent.findMany({ orderBy: { id: "desc" }, take: Math.min(options.limit ?? 50, 200), select: EVENT_SELECT });
  return events.map(toEvent);
}

const blankToUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);
const optional = <T extends z.ZodType>(schema: T) => z.preprocess(blankToUndefined, schema.optional());

/** The filters as they arrive in the page's address; each is optional. */
export const ZAuditFilter = z
  .object({
    actor: optional(z.string().trim().max(320, "errors.audit.actor")),
    action: optional(z.enum(AUDIT_ACTIONS, { error: "errors.audit.action" })),
    tenant: optional(z.uuid({ error: "errors.audit.tenant" })),
    from: optional(z.iso.date({ error: "errors.audit.date" })),
    to: optional(z.iso.date({ error: "errors.audit.date" })),
    before: optional(z.string().regex(/^\d{1,18}$/, "errors.audit.page")),
  })
  .refine((f) => !f.from || !f.to || f.from <= f.to, { message: "errors.audit.dateOrder", path: ["to"] });
export type AuditFilter = z.output<typeof ZAuditFilter>;

export interface AuditPage {
  events: AuditEventRow[];
  /** The cursor of the next (older) page, or null when this is the last. */
  olderBefore: string | null;
  /** The actor filter named no account: nothing can match. */
  unknownActor: boolean;
}

/** Which account the actor filter names: an account id, or the account whose sign-in e-mail it is. */
async function actorIdOf(actorFilter: string): Promise<string | null> {
  if (z.uuid().safeParse(actorFilter).success) return actorFilter;
  const account = await db().user.findUnique({ where: whereEmail(actorFilter), select: { id: true } });
  return account?.id ?? null;
}

export async function searchAuditLog(actor: Actor, filter: AuditFilter): Promise<AuditPage> {
  assertOperator(actor);
  const where: Prisma.AuditEventWhereInput = {};
  if (filter.actor) {
    const actorId = await actorIdOf(filter.actor);
    if (!actorId) return { events: [], olderBefore: null, unknownActor: true };
    // Who acted, or whom a failed sign-in was against (no one is proven to have acted then).
    where.OR = [{ actorId }, { targetType: "user", targetId: actorId }];
  }
  if (filter.action) where.action = filter.action;
  if (filter.tenant) where.tenantId = filter.tenant;
  if (filter.from || filter.to) {
    where.at = {
      ...(filter.from ? { gte: new Date(`${filter.from}T00:00:00Z`) } : {}),
      ...(filter.to ? { lt: new Date(new Date(`${filter.to}T00:00:00Z`).getTime() + 24 * 3600_000) } : {}),
    };
  }
  if (filter.before) where.id = { lt: BigInt(filter.before) };
  const rows = await db().auditEvent.findMany({ where, orderBy: { id: "desc" }, take: AUDIT_PAGE_SIZE + 1, select: EVENT_SELECT });
  const events = rows.slice(0, AUDIT_PAGE_SIZE).map(toEvent);
  return { events, olderBefore: rows.length > AUDIT_PAGE_SIZE ? events.at(-1)!.id : null, unknownActor: false };
}

/** The viewer's address for these filters (blank ones left out), as links to other pages of it are made. */
export function auditLogHref(values: Record<string, string | undefined>): string {
  const query = new URLSearchParams(Object.entries(values).filter((entry): entry is [string, string] => typeof entry[1] === "string" && entry[1] !== ""));
  return query.size ? `/admin/audit?${query}` : "/admin/audit";
}
