/**
 * One call per appointment event: an in-app notification and an e-mail for each party, inside the
 * transaction that changed the appointment, with the e-mail's delivery job enqueued in it too.
 */
import { randomUUID } from "node:crypto";
import type { Prisma } from "@/lib/db/client";
import { enqueueMany } from "@/lib/jobs/enqueue";
import { appUrl } from "./app-url";
import { composeAppointmentEmail, type AppointmentEmailKind } from "./appointment-email";

export interface NotifiableAppointment {
  id: string;
  startsAt: Date;
  endsAt: Date;
  format: "chat" | "audio" | "video";
  employeeId: string;
  psychologistId: string;
  rescheduledFromId: string | null;
}

export type Party = "employee" | "psychologist";

export async function notifyAppointment(
  tx: Prisma.TransactionClient,
  appointment: NotifiableAppointment,
  kind: AppointmentEmailKind,
  parties: Party[] = ["employee", "psychologist"],
  extra: Prisma.InputJsonObject = {},
): Promise<void> {
  const [employee, profile, calendarUid] = await Promise.all([
    tx.user.findUniqueOrThrow({ where: { id: appointment.employeeId }, select: { id: true, email: true, timeZone: true, tenant: { select: { timeZone: true } } } }),
    tx.psychologistProfile.findUniqueOrThrow({ where: { id: appointment.psychologistId }, select: { timeZone: true, user: { select: { id: true, email: true } } } }),
    calendarUidOf(tx, appointment),
  ]);
  const recipients = {
    employee: { userId: employee.id, email: employee.email, timeZone: employee.timeZone ?? employee.tenant?.timeZone ?? "UTC", link: appUrl("/cabinet") },
    psychologist: { userId: profile.user.id, email: profile.user.email, timeZone: profile.timeZone, link: appUrl("/practice") },
  };
  // Calendar apps keep the highest SEQUENCE of a UID; seconds since 2025 only ever grow.
  const sequence = Math.floor((Date.now() - Date.UTC(2025, 0, 1)) / 1000);
  const emails = parties.map((party) => {
    const to = recipients[party];
    const message = composeAppointmentEmail({ kind, appointmentId: calendarUid, startsAt: appointment.startsAt, endsAt: appointment.endsAt, format: appointment.format, timeZone: to.timeZone, link: to.link, sequence });
    return { id: randomUUID(), toAddress: to.email, subject: message.subject, textBody: message.text, icsBody: message.ics };
  });
  await tx.notification.createMany({
    data: parties.map((party) => ({ userId: recipients[party].userId, kind: `appointment.${kind}`, payload: { appointmentId: appointment.id, startsAt: appointment.startsAt.toISOString(), format: appointment.format, ...extra } })),
  });
  await tx.email.createMany({ data: emails });
  await enqueueMany(tx, emails.map((e) => ({ name: "email.deliver" as const, data: { emailId: e.id } })));
}

/** The first appointment of a reschedule chain names the calendar event, so moves update it. */
async function calendarUidOf(tx: Prisma.TransactionClient, appointment: NotifiableAppointment): Promise<string> {
  if (!appointment.rescheduledFromId) return appointment.id;
  const [root] = await tx.$queryRaw<{ id: string }[]>`
    WITH RECURSIVE chain AS (
      SELECT id, rescheduled_from_id, 0 AS depth FROM appointments WHERE id = ${appointment.id}::uuid
      UNION ALL
      SELECT a.id, a.rescheduled_from_id, chain.depth + 1 FROM appointments a JOIN chain ON a.id = chain.rescheduled_from_id WHERE chain.depth < 100
    )
    SELECT id FROM chain ORDER BY depth DESC LIMIT 1`;
  return root?.id ?? appointment.id;
}
