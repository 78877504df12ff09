/**
 * A psychologist's agenda. Clients appear by the alias they chose (or an anonymous label) and
 * their employer's name; never by e-mail or employer identifier.
 */
import { openAlias } from "@/lib/auth/account-fields";
import type { Actor } from "@/lib/auth/guard";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { OPEN_STATUSES } from "./session-access";
import type { AppointmentStatus, SessionFormat } from "@/lib/generated/prisma/enums";

export interface AgendaItem {
  id: string;
  startsAt: Date;
  endsAt: Date;
  format: SessionFormat;
  status: AppointmentStatus;
  client: ClientName;
  employerName: string;
}

export interface PracticeAgenda {
  profile: { displayName: string; timeZone: string; status: string };
  upcoming: AgendaItem[];
  /** Sessions whose time has passed and that still need "held" or "no-show". */
  toRecord: AgendaItem[];
  completedThisMonth: number;
  /** Everyone who has booked a session with this psychologist: the people /practice/clients lists. */
  clients: number;
}

/** How a client is named to their psychologist: the alias they chose, else a short code ("Client 3F2A"). */
export interface ClientName {
  alias: string | null;
  code: string;
}

export function clientName(employee: { id: string; displayNameSealed: Uint8Array | null }): ClientName {
  return { alias: openAlias(employee)?.trim() || null, code: employee.id.slice(0, 4).toUpperCase() };
}

export async function getPracticeAgenda(actor: Actor, now = new Date()): Promise<PracticeAgenda> {
  if (actor.role !== "psychologist") throw new AppError("forbidden", "errors.access.practiceAgenda");
  const profile = await db().psychologistProfile.findUnique({
    where: { userId: actor.id },
    select: { id: true, displayName: true, timeZone: true, status: true },
  });
  if (!profile) throw new AppError("not_found", "errors.profile.notCreatedYet");

  const monthStart = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1));
  const select = {
    id: true,
    startsAt: true,
    endsAt: true,
    format: true,
    status: true,
    employee: { select: { id: true, displayNameSealed: true } },
    tenant: { select: { name: true } },
  } as const;
  const [upcoming, toRecord, completedThisMonth, clients] = await Promise.all([
    db().appointment.findMany({
      where: { psychologistId: profile.id, status: { in: [...OPEN_STATUSES] }, startsAt: { gt: now } },
      orderBy: { startsAt: "asc" },
      take: 50,
      select,
    }),
    db().appointment.findMany({
      where: { psychologistId: profile.id, status: { in: [...OPEN_STATUSES] }, startsAt: { lte: now } },
      orderBy: { startsAt: "desc" },
      take: 50,
      select,
    }),
    db().appointment.count({ where: { psychologistId: profile.id, status: "completed", startsAt: { gte: monthStart } } }),
    // The same set /practice/clients lists: everyone who has booked with this psychologist (each such pair has its conversation).
    db().conversation.count({ where: { psychologistId: profile.id } }),
  ]);
  return {
    profile: { displayName: profile.displayName, timeZone: profile.timeZone, status: profile.status },
    upcoming: upcoming.map(toItem),
    toRecord: toRecord.map(toItem),
    completedThisMonth,
    clients,
  };
}

function toItem(a: {
  id: string;
  startsAt: Date;
  endsAt: Date;
  format: SessionFormat;
  status: AppointmentStatus;
  employee: { id: string; displayNameSealed: Uint8Array | null };
  tenant: { name: string };
}): AgendaItem {
  return {
    id: a.id,
    startsAt: a.startsAt,
    endsAt: a.endsAt,
    format: a.format,
    status: a.status,
    client: clientName(a.employee),
    employerName: a.tenant.name,
  };
}
