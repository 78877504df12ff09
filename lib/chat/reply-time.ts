/**
 * When a psychologist usually answers between sessions: the median time from a client's message to
 * their next reply over the last 90 days (once there are enough replies to say), and the weekdays
 * they work. Computed over all their conversations, so it names no client.
 */
import { Prisma } from "@/lib/generated/prisma/client";
import { sqlRows } from "@/lib/db/sql";

export const MIN_REPLIES = 5;

export interface ReplyHabit {
  /** Median minutes to a reply, or null with too few replies to tell. */
  medianMinutes: number | null;
  /** ISO weekdays (1 = Monday) with working hours. */
  workdays: number[];
}

export async function replyHabit(psychologistProfileId: string, now = new Date()): Promise<ReplyHabit> {
  const [row] = await sqlRows<{ median_minutes: number | null; replies: number; workdays: number[] | null }>(Prisma.sql`
    WITH client_messages AS (
      SELECT m.conversation_id, m.created_at,
             (SELECT min(r.created_at) FROM messages r WHERE r.conversation_id = m.conversation_id AND r.sender_id = p.user_id AND r.created_at > m.created_at) AS replied_at
      FROM messages m JOIN conversations c ON c.id = m.conversation_id JOIN psychologist_profiles p ON p.id = c.psychologist_id
      WHERE c.psychologist_id = ${psychologistProfileId}::uuid AND m.sender_id = c.employee_id AND m.created_at > ${now}::timestamptz - interval '90 days'
    )
    SELECT (percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM replied_at - created_at) / 60))::float AS median_minutes,
           count(replied_at)::int AS replies,
           (SELECT array_agg(DISTINCT weekday ORDER BY weekday) FROM availability_rules WHERE profile_id = ${psychologistProfileId}::uuid) AS workdays
    FROM client_messages WHERE replied_at IS NOT NULL`);
  return {
    medianMinutes: row && row.replies >= MIN_REPLIES && row.median_minutes !== null ? Math.round(row.median_minutes) : null,
    workdays: row?.workdays ?? [],
  };
}
