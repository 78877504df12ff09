/** A person's recent in-app notifications, and marking them read. */
import type { Actor } from "@/lib/auth/guard";
import { db } from "@/lib/db/client";

export interface NotificationView {
  id: string;
  kind: string;
  createdAt: Date;
  read: boolean;
  appointmentId: string | null;
  startsAt: Date | null;
  byPsychologist: boolean;
  psychologistId: string | null;
  /** For a recurring series: how many sessions, and how often. */
  series: { count: number; cadence: "weekly" | "fortnightly" } | null;
  /** For "running late": the minutes the psychologist said. */
  lateMinutes: number | null;
}

export async function listNotifications(actor: Actor, limit = 10): Promise<NotificationView[]> {
  const rows = await db().notification.findMany({ where: { userId: actor.id }, orderBy: { createdAt: "desc" }, take: limit });
  return rows.map((n) => {
    const p = (n.payload ?? {}) as Record<string, unknown>;
    return {
      id: n.id,
      kind: n.kind,
      createdAt: n.createdAt,
      read: n.readAt !== null,
      appointmentId: typeof p.appointmentId === "string" ? p.appointmentId : null,
      startsAt: typeof p.startsAt === "string" ? new Date(p.startsAt) : null,
      byPsychologist: p.byPsychologist === true,
      psychologistId: typeof p.psychologistId === "string" ? p.psychologistId : null,
      lateMinutes: typeof p.minutes === "number" ? p.minutes : null,
      series: typeof p.count === "number" && (p.cadence === "weekly" || p.cadence === "fortnightly") ? { count: p.count, cadence: p.cadence } : null,
    };
  });
}

export async function markNotificationsRead(actor: Actor): Promise<void> {
  await db().notification.updateMany({ where: { userId: actor.id, readAt: null }, data: { readAt: new Date() } });
}
