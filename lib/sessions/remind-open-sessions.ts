/**
 * The day after a session whose outcome was never recorded, its psychologist is reminded once, in
 * the app and by e-mail (no client, no topic: only that sessions wait to be recorded, and a link).
 * "The day after" is in the psychologist's own time zone.
 */
import { Prisma } from "@/lib/generated/prisma/client";
import { inSqlTransaction } from "@/lib/db/sql";
import { recipientLocale, translatorFor } from "@/lib/i18n/translator";
import { queueEmails } from "@/lib/notifications/queue-emails";
import { appUrl } from "@/lib/notifications/app-url";

interface OpenRow {
  appointment_id: string;
  starts_at: Date;
  user_id: string;
  locale: string | null;
}

export async function remindOpenSessions(now = new Date()): Promise<number> {
  return inSqlTransaction(async (run) => {
    const open = await run.rows<OpenRow>(Prisma.sql`
      UPDATE appointments a SET open_reminded_at = ${now}
      FROM psychologist_profiles p JOIN users u ON u.id = p.user_id
      WHERE p.id = a.psychologist_id AND a.status IN ('booked', 'in_progress') AND a.open_reminded_at IS NULL
        AND a.ends_at > ${now}::timestamptz - interval '30 days'
        AND a.ends_at < (date_trunc('day', ${now}::timestamptz AT TIME ZONE p.time_zone) AT TIME ZONE p.time_zone)
      RETURNING a.id AS appointment_id, a.starts_at, u.id AS user_id, u.locale`);
    if (open.length === 0) return 0;
    const byPsychologist = new Map<string, OpenRow[]>();
    for (const row of open) byPsychologist.set(row.user_id, [...(byPsychologist.get(row.user_id) ?? []), row]);
    const emails = await Promise.all(
      [...byPsychologist.values()].map(async (rows) => {
        const { t: text } = await translatorFor(recipientLocale(rows[0]!.locale));
        return {
          recipientId: rows[0]!.user_id,
          subject: text("email.openSessions.subject", { count: rows.length }),
          text: text("email.openSessions.body", { count: rows.length, link: appUrl("/practice") }),
        };
      }),
    );
    await run.execute(Prisma.sql`
      INSERT INTO notifications (id, user_id, kind, payload)
      SELECT gen_random_uuid(), u, 'session.open', p::jsonb
      FROM unnest(${open.map((r) => r.user_id)}::uuid[], ${open.map((r) => JSON.stringify({ appointmentId: r.appointment_id, startsAt: r.starts_at.toISOString() }))}::text[]) AS x(u, p)`);
    await queueEmails(run, emails);
    return open.length;
  });
}
