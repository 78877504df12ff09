/**
 * One confirmation for a whole recurring series, inside the transaction that booked it: an in-app
 * notification and one e-mail for each of the two, with the series' calendar file. Like every
 * appointment e-mail it names no one and no topic.
 */
import { loadSeries } from "@/lib/booking/load-series";
import { seriesCalendarFile } from "@/lib/booking/series-calendar";
import type { SqlRunner } from "@/lib/db/sql";
import { Prisma } from "@/lib/generated/prisma/client";
import { formats } from "@/lib/i18n/format";
import { recipientLocale, translatorFor } from "@/lib/i18n/translator";
import { calendarSequence } from "./appointment-email";
import { appUrl } from "./app-url";
import { recipientsSql, type NotifiableAppointment, type Recipients } from "./notify-appointment";
import { queueEmails } from "./queue-emails";

export async function notifySeries(run: SqlRunner, seriesId: string, first: NotifiableAppointment): Promise<void> {
  const series = await loadSeries(run, seriesId);
  const [r] = await run.rows<Recipients>(recipientsSql(first));
  if (!series || !r) throw new Error(`series ${seriesId} has no recipients`);
  const parties = [
    { userId: r.employee_id, timeZone: r.employee_zone, locale: recipientLocale(r.employee_locale), link: appUrl("/cabinet") },
    { userId: r.psychologist_user_id, timeZone: r.psychologist_zone, locale: recipientLocale(r.psychologist_locale), link: appUrl("/practice") },
  ];
  const sequence = calendarSequence();
  const emails = await Promise.all(
    parties.map(async (party) => {
      const text = await translatorFor(party.locale);
      const params = {
        count: series.count,
        cadence: series.cadence,
        when: formats(text.locale, party.timeZone).longDateTime(series.firstStartsAt),
        zone: party.timeZone.replace(/_/g, " "),
        by: text.t("email.appointment.by", { format: series.format }),
      };
      const body = `${text.t("email.series.line", params)}\n\n${text.t("email.appointment.open", { link: party.link })}\n\n${text.t("email.footer")}\n`;
      return {
        recipientId: party.userId,
        subject: text.t("email.series.subject"),
        text: body,
        ics: seriesCalendarFile(series, appUrl("/home"), text, sequence),
      };
    }),
  );
  const payload = {
    seriesId,
    appointmentId: first.id,
    startsAt: first.startsAt.toISOString(),
    format: first.format,
    count: series.count,
    cadence: series.cadence,
  };
  await run.execute(Prisma.sql`
    INSERT INTO notifications (id, user_id, kind, payload)
    SELECT gen_random_uuid(), u, 'appointment.series', ${JSON.stringify(payload)}::jsonb FROM unnest(${parties.map((p) => p.userId)}::uuid[]) AS u`);
  await queueEmails(run, emails);
}
