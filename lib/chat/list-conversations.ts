/** A person's conversations, most recent first, with what waits unread in each. */
import type { Actor } from "@/lib/auth/guard";
import { Prisma } from "@/lib/generated/prisma/client";
import { sqlRows } from "@/lib/db/sql";
import { AppError } from "@/lib/errors";
import { clientName, type ClientName } from "@/lib/sessions/get-practice-agenda";

export interface ConversationSummary {
  id: string;
  psychologist: { profileId: string; displayName: string };
  client: ClientName;
  employerName: string;
  unread: number;
  lastMessageAt: Date | null;
}

interface Row {
  id: string;
  psychologist_id: string;
  psychologist_name: string;
  employee_id: string;
  employee_alias: Uint8Array | null;
  employer_name: string;
  unread: number;
  last_message_at: Date | null;
}

export async function listConversations(actor: Actor): Promise<ConversationSummary[]> {
  if (actor.role !== "employee" && actor.role !== "psychologist") throw new AppError("forbidden", "errors.access.consultation");
  const mine = actor.role === "employee" ? Prisma.sql`c.employee_id = ${actor.id}::uuid` : Prisma.sql`p.user_id = ${actor.id}::uuid`;
  const rows = await sqlRows<Row>(Prisma.sql`
    SELECT c.id, c.psychologist_id, p.display_name AS psychologist_name, c.employee_id, e.display_name_sealed AS employee_alias, t.name AS employer_name,
           (SELECT count(*)::int FROM messages m WHERE m.conversation_id = c.id AND m.read_at IS NULL AND m.sender_id <> ${actor.id}::uuid) AS unread,
           (SELECT max(m.created_at) FROM messages m WHERE m.conversation_id = c.id) AS last_message_at
    FROM conversations c
    JOIN psychologist_profiles p ON p.id = c.psychologist_id
    JOIN users e ON e.id = c.employee_id
    JOIN tenants t ON t.id = c.tenant_id
    WHERE ${mine}
    ORDER BY last_message_at DESC NULLS LAST, c.created_at DESC
    LIMIT 200`);
  return rows.map((r) => ({
    id: r.id,
    psychologist: { profileId: r.psychologist_id, displayName: r.psychologist_name },
    client: clientName({ id: r.employee_id, displayNameSealed: r.employee_alias }),
    employerName: r.employer_name,
    unread: r.unread,
    lastMessageAt: r.last_message_at,
  }));
}
