/** A message as one side of the conversation reads it. */
import { unseal, type Sealed } from "@/lib/crypto/seal";
import type { Side } from "@/lib/sessions/session-access";

export interface ChatMessage {
  /** Sequential: the SSE event id, so a reconnect resumes after the last one received. */
  id: string;
  from: Side;
  text: string;
  sentAt: string;
  readAt: string | null;
}

export interface MessageRow {
  id: string;
  sender_id: string;
  key_id: string;
  iv: Uint8Array;
  ciphertext: Uint8Array;
  created_at: Date;
  read_at: Date | null;
}

export const messageContext = (conversationId: string) => `conversation:${conversationId}`;

export function sealedOf(row: Pick<MessageRow, "key_id" | "iv" | "ciphertext">): Sealed {
  return { keyId: row.key_id, iv: new Uint8Array(row.iv), ciphertext: new Uint8Array(row.ciphertext) };
}

export function toChatMessage(row: MessageRow, conversation: { id: string; employeeId: string }): ChatMessage {
  return {
    id: String(row.id),
    from: row.sender_id === conversation.employeeId ? "employee" : "psychologist",
    text: unseal(sealedOf(row), messageContext(conversation.id)),
    sentAt: row.created_at.toISOString(),
    readAt: row.read_at?.toISOString() ?? null,
  };
}
