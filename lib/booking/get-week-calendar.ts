/** A psychologist's week in their own zone: open hours and the sessions in it, for the calendar. */
import { DateTime } from "luxon";
import type { Actor } from "@/lib/auth/guard";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { AppointmentStatus, SessionFormat } from "@/lib/generated/prisma/enums";
import { ownProfileId } from "@/lib/catalogue/own-profile";
import { clientName, type ClientName } from "@/lib/sessions/get-practice-agenda";
import { windowsOn } from "./compute-slots";

export interface CalendarDay {
  date: string;
  /** Open hours as minutes after local midnight. */
  open: [number, number][];
  sessions: { id: string; start: number; end: number; startsAt: Date; status: AppointmentStatus; format: SessionFormat; client: ClientName }[];
}

export async function getWeekCalendar(
  actor: Actor,
  weekOf: string | undefined,
  now = new Date(),
): Promise<{ timeZone: string; weekStart: string; days: CalendarDay[] }> {
  const profileId = await ownProfileId(actor);
  const profile = await db().psychologistProfile.findUniqueOrThrow({ where: { id: profileId }, select: { timeZone: true } });
  const requested = weekOf ? DateTime.fromISO(weekOf, { zone: profile.timeZone }) : DateTime.fromJSDate(now, { zone: profile.timeZone });
  if (!requested.isValid) throw new AppError("bad_request", "errors.calendar.badWeek");
  const monday = requested.startOf("week");
  const sunday = monday.plus({ days: 7 });
  const [rules, exceptions, appointments] = await Promise.all([
    db().availabilityRule.findMany({ where: { profileId } }),
    db().availabilityException.findMany({
      where: { profileId, date: { gte: new Date(`${monday.toISODate()}T00:00:00Z`), lt: new Date(`${sunday.toISODate()}T00:00:00Z`) } },
    }),
    db().appointment.findMany({
      where: { psychologistId: profileId, status: { not: "cancelled" }, startsAt: { lt: sunday.toJSDate() }, endsAt: { gt: monday.toJSDate() } },
      orderBy: { startsAt: "asc" },
      select: { id: true, startsAt: true, endsAt: true, status: true, format: true, employee: { select: { id: true, displayNameSealed: true } } },
    }),
  ]);
  const days: CalendarDay[] = Array.from({ length: 7 }, (_, i) => {
    const day = monday.plus({ days: i });
    return { date: day.toISODate()!, open: windowsOn(day, { rules, exceptions }), sessions: [] };
  });
  for (const a of appointments) {
    const start = DateTime.fromJSDate(a.startsAt, { zone: profile.timeZone });
    const day = days.find((d) => d.date === start.toISODate());
    if (!day) continue;
    const startMinute = start.hour * 60 + start.minute;
    day.sessions.push({
      id: a.id,
      start: startMinute,
      end: startMinute + Math.round((a.endsAt.getTime() - a.startsAt.getTime()) / 60_000),
      startsAt: a.startsAt,
      status: a.status,
      format: a.format,
      client: clientName(a.employee),
    });
  }
  return { timeZone: profile.timeZone, weekStart: monday.toISODate()!, days };
}
