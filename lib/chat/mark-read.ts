/** One side has read the other's messages up to an id; the other side sees it at once. */
import { z } from "zod";
import type { Actor } from "@/lib/auth/guard";
import { Prisma } from "@/lib/generated/prisma/client";
import { sqlRows } from "@/lib/db/sql";
import { CHAT_CHANNEL } from "./chat-events";
import { conversationNotFound, ownConversationSql } from "./conversation-access";
import { sideOf } from "@/lib/sessions/session-access";

export const ZMarkReadInput = z.object({ upTo: z.string().regex(/^\d{1,18}$/, "errors.chat.messageId") });

export async function markRead(actor: Actor, conversationId: string, input: unknown): Promise<{ read: number }> {
  const side = sideOf(actor);
  const { upTo } = ZMarkReadInput.parse(input);
  const [row] = await sqlRows<{ found: boolean; read: number }>(Prisma.sql`
    WITH c AS (${ownConversationSql(actor, conversationId)}),
    marked AS (
      UPDATE messages m SET read_at = now() FROM c
      WHERE m.conversation_id = c.id AND m.sender_id <> ${actor.id}::uuid AND m.read_at IS NULL AND m.id <= ${upTo}::bigint
      RETURNING m.id
    ),
    notified AS (
      SELECT pg_notify(${CHAT_CHANNEL}, json_build_object('k', 'r', 'c', ${conversationId}::text, 'by', ${side}::text, 'upTo', max(id)::text)::text)
      FROM marked HAVING count(*) > 0
    )
    SELECT EXISTS (SELECT 1 FROM c) AS found, (SELECT count(*) FROM marked)::int AS read, (SELECT count(*) FROM notified) AS sent`);
  if (!row?.found) throw conversationNotFound();
  return { read: row.read };
}
