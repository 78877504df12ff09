/**
 * Every column that holds sealed data, with how to read its key id in SQL and how to rebuild the
 * context it was sealed under. A new sealed column must be listed here, or rotation would leave it
 * under an old key (tests/integration/key-rotation.test.ts checks the list against the schema).
 */
import { aliasContext, emailContext } from "@/lib/auth/account-fields";
import { messageContext } from "@/lib/chat/chat-message";
import { reviewTextContext } from "@/lib/feedback/review-text";
import { emailContentContext } from "@/lib/notifications/email-content";
import { totpSecretContext } from "@/lib/second-factor/totp-secret";
import { noteContext } from "@/lib/sessions/session-notes";
import { riskFollowUpContext, riskReasonContext } from "@/lib/risk/risk-flags";
import { homeworkAnswerContext, homeworkContext } from "@/lib/tasks/homework-body";

type Row = Record<string, string>;

/** One `bytea` holding key id, IV and ciphertext together (lib/crypto/sealed-field.ts). */
export interface FieldPlace {
  kind: "field";
  name: string;
  table: string;
  id: string;
  column: string;
  /** Columns the context is built from (besides the id). */
  contextColumns: string[];
  context(row: Row): string;
}

/** Key id, IV and ciphertext in three columns (lib/crypto/seal.ts). */
export interface SplitPlace {
  kind: "split";
  name: string;
  table: string;
  id: string;
  keyId: string;
  iv: string;
  ciphertext: string;
  contextColumns: string[];
  context(row: Row): string;
}

export type SealedPlace = FieldPlace | SplitPlace;

export const SEALED_PLACES: readonly SealedPlace[] = [
  { kind: "field", name: "users.email", table: "users", id: "id", column: "email_sealed", contextColumns: [], context: (r) => emailContext(r.id!) },
  { kind: "field", name: "users.alias", table: "users", id: "id", column: "display_name_sealed", contextColumns: [], context: (r) => aliasContext(r.id!) },
  { kind: "field", name: "reviews", table: "feedback", id: "id", column: "comment_sealed", contextColumns: [], context: (r) => reviewTextContext(r.id!) },
  { kind: "field", name: "risk.reasons", table: "risk_flags", id: "id", column: "reason_sealed", contextColumns: [], context: (r) => riskReasonContext(r.id!) },
  {
    kind: "field",
    name: "risk.follow_ups",
    table: "risk_follow_ups",
    id: "id",
    column: "note_sealed",
    contextColumns: [],
    context: (r) => riskFollowUpContext(r.id!),
  },
  { kind: "field", name: "outbox", table: "emails", id: "id", column: "content_sealed", contextColumns: [], context: (r) => emailContentContext(r.id!) },
  {
    kind: "field",
    name: "authenticators",
    table: "totp_factors",
    id: "user_id",
    column: "secret_sealed",
    contextColumns: [],
    context: (r) => totpSecretContext(r.user_id!),
  },
  {
    kind: "split",
    name: "messages",
    table: "messages",
    id: "id",
    keyId: "key_id",
    iv: "iv",
    ciphertext: "ciphertext",
    contextColumns: ["conversation_id"],
    context: (r) => messageContext(r.conversation_id!),
  },
  {
    kind: "split",
    name: "notes",
    table: "session_notes",
    id: "id",
    keyId: "key_id",
    iv: "iv",
    ciphertext: "ciphertext",
    contextColumns: ["appointment_id", "psychologist_id"],
    context: (r) => noteContext(r.appointment_id!, r.psychologist_id!),
  },
  {
    kind: "split",
    name: "homework",
    table: "homework_tasks",
    id: "id",
    keyId: "key_id",
    iv: "iv",
    ciphertext: "ciphertext",
    contextColumns: [],
    context: (r) => homeworkContext(r.id!),
  },
  {
    kind: "split",
    name: "homework.answers",
    table: "homework_tasks",
    id: "id",
    keyId: "answer_key_id",
    iv: "answer_iv",
    ciphertext: "answer_ciphertext",
    contextColumns: [],
    context: (r) => homeworkAnswerContext(r.id!),
  },
];

/** SQL for the key id a row of the place is sealed under (NULL where nothing is sealed). */
export function keyIdSql(place: SealedPlace): string {
  return place.kind === "split" ? `"${place.keyId}"` : `convert_from(substring("${place.column}" from 3 for get_byte("${place.column}", 1)), 'UTF8')`;
}
