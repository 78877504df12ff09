/** An employee's own appointments: what is coming and what has been. */
import type { Actor } from "@/lib/auth/guard";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { AppointmentStatus, Direction, SessionFormat } from "@/lib/generated/prisma/enums";
import { minutesTogether, PRESENCE_SELECT } from "@/lib/sessions/minutes-together";
import { isOpenStatus } from "@/lib/sessions/session-status";

export interface EmployeeAppointment {
  id: string;
  startsAt: Date;
  endsAt: Date;
  format: SessionFormat;
  direction: Direction;
  status: AppointmentStatus;
  psychologist: { id: string; displayName: string };
  /** Whether the employee has already rated this session. */
  reviewed: boolean;
  /** Started and not yet over: it can no longer be moved or cancelled. */
  underWay: boolean;
  /** How long both were in the call, once it is over (minutes). */
  minutesTogether: number | null;
}

export async function listMyAppointments(actor: Actor, now = new Date()): Promise<{ upcoming: EmployeeAppointment[]; past: EmployeeAppointment[] }> {
  if (actor.role !== "employee") throw new AppError("forbidden", "errors.access.employeesAppointments");
  const rows = await db().appointment.findMany({
    where: { employeeId: actor.id },
    orderBy: { startsAt: "asc" },
    take: 200,
    select: {
      id: true,
      startsAt: true,
      endsAt: true,
      format: true,
      direction: true,
      status: true,
      psychologist: { select: { id: true, displayName: true } },
      feedback: { select: { id: true } },
      ...PRESENCE_SELECT,
    },
  });
  const appointments = rows.map(({ feedback, employeeJoinedAt, employeeLeftAt, psychologistJoinedAt, psychologistLeftAt, ...a }) => ({
    ...a,
    reviewed: feedback !== null,
    underWay: isOpenStatus(a.status) && a.startsAt <= now && a.endsAt >= now,
    minutesTogether: minutesTogether({ employeeJoinedAt, employeeLeftAt, psychologistJoinedAt, psychologistLeftAt }),
  }));
  const upcoming = (a: EmployeeAppointment) => isOpenStatus(a.status) && a.endsAt >= now;
  return { upcoming: appointments.filter(upcoming), past: appointments.filter((a) => !upcoming(a)).reverse() };
}
