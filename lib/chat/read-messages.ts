/** Messages of a conversation after a given id, oldest first, for its two people only. */
import type { Actor } from "@/lib/auth/guard";
import { Prisma } from "@/lib/generated/prisma/client";
import { sqlRows } from "@/lib/db/sql";
import { toChatMessage, type ChatMessage, type MessageRow } from "./chat-message";
import { findOwnConversation, type OwnConversation } from "./conversation-access";

export const PAGE_SIZE = 200;

/** Reads after `afterId` for a conversation already checked to be the actor's. */
export async function messagesAfter(conversation: Pick<OwnConversation, "id" | "employeeId">, afterId: bigint, limit = PAGE_SIZE): Promise<ChatMessage[]> {
  const rows = await sqlRows<MessageRow>(Prisma.sql`
    SELECT id::text AS id, sender_id, key_id, iv, ciphertext, created_at, read_at
    FROM messages WHERE conversation_id = ${conversation.id}::uuid AND id > ${afterId.toString()}::bigint
    ORDER BY id LIMIT ${limit}`);
  return rows.map((row) => toChatMessage(row, conversation));
}

/** The latest page of a conversation, for a page's first render. */
export async function latestMessages(actor: Actor, conversationId: string, limit = PAGE_SIZE): Promise<ChatMessage[]> {
  const conversation = await findOwnConversation(actor, conversationId);
  const rows = await sqlRows<MessageRow>(Prisma.sql`
    SELECT * FROM (
      SELECT id::text AS id, sender_id, key_id, iv, ciphertext, created_at, read_at
      FROM messages WHERE conversation_id = ${conversation.id}::uuid ORDER BY id DESC LIMIT ${limit}
    ) latest ORDER BY id::bigint`);
  return rows.map((row) => toChatMessage(row, conversation));
}
