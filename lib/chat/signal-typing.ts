/** "Typing…" for the other side: a signal only, never stored. */
import type { Actor } from "@/lib/auth/guard";
import { Prisma } from "@/lib/generated/prisma/client";
import { sqlRows } from "@/lib/db/sql";
import { CHAT_CHANNEL } from "./chat-events";
import { conversationNotFound, ownConversationSql } from "./conversation-access";
import { sideOf } from "@/lib/sessions/session-access";

export async function signalTyping(actor: Actor, conversationId: string): Promise<void> {
  const side = sideOf(actor);
  const rows = await sqlRows<{ id: string }>(Prisma.sql`
    WITH c AS (${ownConversationSql(actor, conversationId)})
    SELECT c.id, pg_notify(${CHAT_CHANNEL}, json_build_object('k', 't', 'c', c.id::text, 'by', ${side}::text)::text) FROM c`);
  if (rows.length === 0) throw conversationNotFound();
}
