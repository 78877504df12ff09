/**
 * A neutral e-mail when a message has waited unread for NUDGE_AFTER_MINUTES: "you have a new
 * message" and a link, never its words or who wrote it (an inbox may be seen by others). One e-mail
 * per unread run: later messages of the same sender wait for the first to be read.
 */
import { Prisma } from "@/lib/generated/prisma/client";
import { inSqlTransaction } from "@/lib/db/sql";
import { recipientLocale, translatorFor } from "@/lib/i18n/translator";
import { queueEmails } from "@/lib/notifications/queue-emails";
import { appUrl } from "@/lib/notifications/app-url";

export const NUDGE_AFTER_MINUTES = 15;

interface DueRow {
  conversation_id: string;
  recipient_id: string;
  recipient_locale: string | null;
  recipient_is_employee: boolean;
}

export async function nudgeUnreadMessages(now = new Date()): Promise<number> {
  const cutoff = new Date(now.getTime() - NUDGE_AFTER_MINUTES * 60_000);
  return inSqlTransaction(async (run) => {
    const due = await run.rows<DueRow>(Prisma.sql`
      WITH claimed AS (
        UPDATE messages m SET nudged_at = ${now}
        WHERE m.read_at IS NULL AND m.nudged_at IS NULL AND m.created_at <= ${cutoff} AND m.created_at > ${cutoff}::timestamptz - interval '7 days'
          AND NOT EXISTS (
            SELECT 1 FROM messages o
            WHERE o.conversation_id = m.conversation_id AND o.sender_id = m.sender_id AND o.read_at IS NULL AND o.nudged_at IS NOT NULL)
        RETURNING m.conversation_id, m.sender_id
      )
      SELECT DISTINCT c.id AS conversation_id,
             r.id AS recipient_id, COALESCE(r.locale, t.locale) AS recipient_locale, r.id = c.employee_id AS recipient_is_employee
      FROM claimed JOIN conversations c ON c.id = claimed.conversation_id
      JOIN psychologist_profiles p ON p.id = c.psychologist_id
      JOIN tenants t ON t.id = c.tenant_id
      JOIN users r ON r.id = CASE WHEN claimed.sender_id = c.employee_id THEN p.user_id ELSE c.employee_id END`);
    if (due.length === 0) return 0;
    const emails = await Promise.all(
      due.map(async (row) => {
        const { t: text } = await translatorFor(recipientLocale(row.recipient_locale));
        const link = appUrl(row.recipient_is_employee ? `/cabinet/messages/${row.conversation_id}` : `/practice/clients/${row.conversation_id}`);
        return { recipientId: row.recipient_id, subject: text("email.unread.subject"), text: text("email.unread.body", { link }) };
      }),
    );
    await queueEmails(run, emails);
    return emails.length;
  });
}
