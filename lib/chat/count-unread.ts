/** How many messages wait unread for this person, across their conversations (for the navigation). */
import type { Actor } from "@/lib/auth/guard";
import { Prisma } from "@/lib/generated/prisma/client";
import { sqlRows } from "@/lib/db/sql";

export async function countUnread(actor: Actor): Promise<number> {
  if (actor.role !== "employee" && actor.role !== "psychologist") return 0;
  const mine =
    actor.role === "employee"
      ? Prisma.sql`SELECT id FROM conversations WHERE employee_id = ${actor.id}::uuid`
      : Prisma.sql`SELECT c.id FROM conversations c JOIN psychologist_profiles p ON p.id = c.psychologist_id WHERE p.user_id = ${actor.id}::uuid`;
  const [row] = await sqlRows<{ unread: number }>(Prisma.sql`
    SELECT count(*)::int AS unread FROM messages
    WHERE conversation_id IN (${mine}) AND read_at IS NULL AND sender_id <> ${actor.id}::uuid`);
  return row?.unread ?? 0;
}
