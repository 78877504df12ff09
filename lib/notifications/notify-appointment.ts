/**
 * One call per appointment event: an in-app notification and an e-mail for each party, inside the
 * transaction that changed the appointment, with the e-mails' delivery jobs enqueued in it too.
 * Booking is the hottest write path, so this reads with one query and writes with two.
 */
import { Prisma } from "@/lib/generated/prisma/client";
import type { SqlRunner } from "@/lib/db/sql";
import type { NewJob } from "@/lib/jobs/enqueue";
import { loadSeries } from "@/lib/booking/load-series";
import { seriesCalendarFile } from "@/lib/booking/series-calendar";
import { queueEmails } from "./queue-emails";
import { appUrl } from "./app-url";
import { recipientLocale, translatorFor } from "@/lib/i18n/translator";
import { appointmentCalendarFile, calendarSequence, composeAppointmentEmail, type AppointmentEmailKind } from "./appointment-email";

export interface NotifiableAppointment {
  id: string;
  startsAt: Date;
  endsAt: Date;
  format: "chat" | "audio" | "video";
  employeeId: string;
  psychologistId: string;
  rescheduledFromId: string | null;
  /** An occurrence of a recurring series: its e-mails carry the whole series' calendar file. */
  seriesId?: string | null;
}

export type Party = "employee" | "psychologist";

export interface Recipients {
  employee_id: string;
  employee_zone: string;
  employee_locale: string | null;
  psychologist_user_id: string;
  psychologist_zone: string;
  psychologist_locale: string | null;
  calendar_uid: string;
}

/**
 * Who hears about the appointment, and the calendar event it belongs to. A statement of its own, or
 * part of a caller's statement (booking reads it in the same round trip as its insert).
 */
export function recipientsSql(appointment: NotifiableAppointment): Prisma.Sql {
  return Prisma.sql`
    SELECT e.id AS employee_id, COALESCE(e.time_zone, t.time_zone, 'UTC') AS employee_zone,
           COALESCE(e.locale, t.locale) AS employee_locale,
           pu.id AS psychologist_user_id, p.time_zone AS psychologist_zone, pu.locale AS psychologist_locale,
           ${calendarUidSql(appointment)} AS calendar_uid
    FROM users e
    LEFT JOIN tenants t ON t.id = e.tenant_id
    JOIN psychologist_profiles p ON p.id = ${appointment.psychologistId}::uuid
    JOIN users pu ON pu.id = p.user_id
    WHERE e.id = ${appointment.employeeId}::uuid`;
}

export async function notifyAppointment(
  run: SqlRunner,
  appointment: NotifiableAppointment,
  kind: AppointmentEmailKind,
  options: { parties?: Party[]; payload?: Prisma.InputJsonObject; alsoEnqueue?: NewJob[]; recipients?: Recipients } = {},
): Promise<void> {
  const parties = options.parties ?? ["employee", "psychologist"];
  const r = options.recipients ?? (await run.rows<Recipients>(recipientsSql(appointment)))[0];
  if (!r) throw new Error(`appointment ${appointment.id} has no recipients`);
  const to = {
    employee: {
      userId: r.employee_id,
      timeZone: r.employee_zone,
      locale: recipientLocale(r.employee_locale),
      link: appUrl("/cabinet"),
    },
    psychologist: {
      userId: r.psychologist_user_id,
      timeZone: r.psychologist_zone,
      locale: recipientLocale(r.psychologist_locale),
      link: appUrl("/practice"),
    },
  };
  const sequence = calendarSequence();
  const event = { kind, appointmentId: r.calendar_uid, startsAt: appointment.startsAt, endsAt: appointment.endsAt, format: appointment.format, sequence };
  // Read after the caller's change, in its transaction: the file shows the series as it now stands.
  const series = appointment.seriesId ? await loadSeries(run, appointment.seriesId) : null;
  // Each party reads the e-mail and its calendar file in their own language, whoever caused it.
  const emails = await Promise.all(
    parties.map(async (party) => {
      const text = await translatorFor(to[party].locale);
      const message = composeAppointmentEmail(event, { timeZone: to[party].timeZone, link: to[party].link, text });
      const icsBody = series ? seriesCalendarFile(series, appUrl("/home"), text, sequence) : appointmentCalendarFile(event, appUrl("/home"), text);
      return { recipientId: to[party].userId, subject: message.subject, text: message.text, ics: icsBody };
    }),
  );
  const payload = { appointmentId: appointment.id, startsAt: appointment.startsAt.toISOString(), format: appointment.format, ...options.payload };
  await run.execute(Prisma.sql`
    INSERT INTO notifications (id, user_id, kind, payload)
    SELECT gen_random_uuid(), u, ${`appointment.${kind}`}, ${JSON.stringify(payload)}::jsonb FROM unnest(${parties.map((p) => to[p].userId)}::uuid[]) AS u`);
  await queueEmails(run, emails, options.alsoEnqueue);
}

/**
 * The first appointment of a reschedule chain names the calendar event, so moves update it. The
 * walk starts from the previous appointment, which exists even while the new row is being inserted.
 */
function calendarUidSql(appointment: NotifiableAppointment): Prisma.Sql {
  if (!appointment.rescheduledFromId) return Prisma.sql`${appointment.id}::text`;
  return Prisma.sql`(
    WITH RECURSIVE chain AS (
      SELECT id, rescheduled_from_id, 0 AS depth FROM appointments WHERE id = ${appointment.rescheduledFromId}::uuid
      UNION ALL
      SELECT a.id, a.rescheduled_from_id, chain.depth + 1 FROM appointments a JOIN chain ON a.id = chain.rescheduled_from_id WHERE chain.depth < 100
    )
    SELECT id::text FROM chain ORDER BY depth DESC LIMIT 1)`;
}
