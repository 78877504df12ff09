/**
 * Five minutes after a call's start with one side in the room and the other not, the missing side is
 * sent straight into the room: an in-app notification and an e-mail with the room's link, once per
 * session. The side already there reads the same fact in the room (components/call/call-stage).
 * Who joined comes from LiveKit's webhooks (receive-call-event.ts). Chat sessions have no "in the
 * room", so they are left alone.
 */
import { Prisma } from "@/lib/generated/prisma/client";
import { inSqlTransaction } from "@/lib/db/sql";
import { recipientLocale, translatorFor } from "@/lib/i18n/translator";
import { formats } from "@/lib/i18n/format";
import { appUrl } from "@/lib/notifications/app-url";
import { queueEmails } from "@/lib/notifications/queue-emails";
import { LATE_AFTER_MINUTES } from "./session-clock";

interface MissingRow {
  appointment_id: string;
  starts_at: Date;
  missing: "employee" | "psychologist";
  user_id: string;
  locale: string | null;
  time_zone: string;
}

export async function nudgeLateArrivals(now = new Date()): Promise<number> {
  return inSqlTransaction(async (run) => {
    const missing = await run.rows<MissingRow>(Prisma.sql`
      WITH late AS (
        UPDATE appointments SET late_nudged_at = ${now}
        WHERE status IN ('booked', 'in_progress') AND format IN ('audio', 'video') AND late_nudged_at IS NULL
          AND starts_at <= ${now}::timestamptz - make_interval(mins => ${LATE_AFTER_MINUTES}) AND ends_at > ${now}
          AND (employee_joined_at IS NULL) <> (psychologist_joined_at IS NULL)
        RETURNING id, starts_at, employee_id, psychologist_id, employee_joined_at IS NULL AS employee_missing
      )
      SELECT l.id AS appointment_id, l.starts_at,
             CASE WHEN l.employee_missing THEN 'employee' ELSE 'psychologist' END AS missing,
             u.id AS user_id, COALESCE(u.locale, t.locale) AS locale,
             CASE WHEN l.employee_missing THEN COALESCE(u.time_zone, t.time_zone, 'UTC') ELSE p.time_zone END AS time_zone
      FROM late l
      JOIN psychologist_profiles p ON p.id = l.psychologist_id
      JOIN users u ON u.id = CASE WHEN l.employee_missing THEN l.employee_id ELSE p.user_id END
      LEFT JOIN tenants t ON t.id = u.tenant_id`);
    if (missing.length === 0) return 0;
    const roomOf = (row: MissingRow) => appUrl(`/${row.missing === "employee" ? "cabinet" : "practice"}/sessions/${row.appointment_id}`);
    const emails = await Promise.all(
      missing.map(async (row) => {
        const { t, locale } = await translatorFor(recipientLocale(row.locale));
        const time = formats(locale, row.time_zone).time(row.starts_at);
        return {
          recipientId: row.user_id,
          subject: t("email.lateArrival.subject"),
          text: `${t("email.lateArrival.body", { time, link: roomOf(row) })}\n\n${t("email.footer")}\n`,
        };
      }),
    );
    await run.execute(Prisma.sql`
      INSERT INTO notifications (id, user_id, kind, payload)
      SELECT gen_random_uuid(), u, 'session.waiting', p::jsonb
      FROM unnest(${missing.map((r) => r.user_id)}::uuid[], ${missing.map((r) => JSON.stringify({ appointmentId: r.appointment_id, startsAt: r.starts_at.toISOString() }))}::text[]) AS x(u, p)`);
    await queueEmails(run, emails);
    return missing.length;
  });
}
