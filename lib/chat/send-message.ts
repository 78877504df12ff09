/**
 * One message from one side of a conversation, in one statement: the conversation row is locked
 * (only its two people can name it), so per conversation ids commit in order and a stream that has
 * sent id N never later misses an id below N; the sealed message is stored; a chat session under
 * way is marked in progress with the sender's first presence; the other processes are told by
 * NOTIFY, delivered at commit. A retried send with the same client token stores nothing twice.
 */
import { z } from "zod";
import type { Actor } from "@/lib/auth/guard";
import { Prisma } from "@/lib/generated/prisma/client";
import { seal } from "@/lib/crypto/seal";
import { consume } from "@/lib/security/rate-limit";
import { sqlRows } from "@/lib/db/sql";
import { CHAT_CHANNEL } from "./chat-events";
import { MESSAGE_MAX_LENGTH } from "./message-limits";
import { zVisibleText } from "@/lib/forms/visible-text";
import { messageContext, type ChatMessage } from "./chat-message";
import { conversationNotFound, ownConversationSql } from "./conversation-access";
import { sideOf } from "@/lib/sessions/session-access";

export const ZSendMessageInput = z.object({
  text: zVisibleText(
    "text",
    z
      .string()
      .transform((text) => text.replace(/\r\n?/g, "\n").trim())
      .pipe(z.string().min(1, "errors.chat.empty").max(MESSAGE_MAX_LENGTH, "errors.chat.tooLong")),
  ),
  clientToken: z.uuid("errors.chat.clientToken"),
});
export type SendMessageInput = z.infer<typeof ZSendMessageInput>;

export async function sendMessage(actor: Actor, conversationId: string, input: unknown): Promise<ChatMessage> {
  const side = sideOf(actor);
  const { text, clientToken } = ZSendMessageInput.parse(input);
  await consume("chatMessagesPerSender", actor.id, "errors.chat.tooFast");
  const sealed = seal(text, messageContext(conversationId));
  const joinedColumn = Prisma.raw(side === "employee" ? "employee_joined_at" : "psychologist_joined_at");
  const [row] = await sqlRows<{ id: string; created_at: Date; inserted: boolean }>(Prisma.sql`
    WITH c AS (${ownConversationSql(actor, conversationId, { lock: true })}),
    session AS (
      UPDATE appointments a SET
        status = CASE WHEN a.status = 'booked' THEN 'in_progress'::"AppointmentStatus" ELSE a.status END,
        ${joinedColumn} = COALESCE(a.${joinedColumn}, now()),
        updated_at = now()
      FROM c
      WHERE a.employee_id = c.employee_id AND a.psychologist_id = c.psychologist_id AND a.format = 'chat'
        AND a.status IN ('booked', 'in_progress') AND a.starts_at <= now() AND a.ends_at > now()
      RETURNING a.id
    ),
    inserted AS (
      INSERT INTO messages (conversation_id, appointment_id, sender_id, key_id, iv, ciphertext, client_token)
      SELECT c.id, (SELECT id FROM session LIMIT 1), ${actor.id}::uuid, ${sealed.keyId}, ${Buffer.from(sealed.iv)}, ${Buffer.from(sealed.ciphertext)}, ${clientToken}::uuid FROM c
      ON CONFLICT (conversation_id, client_token) DO NOTHING
      RETURNING id, created_at
    ),
    notified AS (
      SELECT pg_notify(${CHAT_CHANNEL}, json_build_object('k', 'm', 'c', ${conversationId}::text, 'id', id::text)::text) FROM inserted
    )
    SELECT id::text, created_at, true AS inserted FROM inserted WHERE (SELECT count(*) FROM notified) >= 0
    UNION ALL
    SELECT m.id::text, m.created_at, false FROM messages m JOIN c ON m.conversation_id = c.id WHERE m.client_token = ${clientToken}::uuid`);
  if (!row) throw conversationNotFound();
  return { id: row.id, from: side, text, sentAt: row.created_at.toISOString(), readAt: null };
}
