/**
 * The one way to a conversation. Both statements carry the actor, so a conversation of someone else
 * is not found whether it exists or not; only its employee and its psychologist get past here.
 */
import { z } from "zod";
import type { Actor } from "@/lib/auth/guard";
import { Prisma } from "@/lib/generated/prisma/client";
import { sqlRows, type SqlRunner } from "@/lib/db/sql";
import { AppError } from "@/lib/errors";
import { findOwnAppointment, sideOf, type Side } from "@/lib/sessions/session-access";

export interface OwnConversation {
  id: string;
  side: Side;
  employeeId: string;
  psychologistId: string;
  psychologistUserId: string;
  psychologistName: string;
}

export function conversationNotFound(): AppError {
  return new AppError("not_found", "errors.chat.notFound");
}

/** SQL naming the conversation only when the actor is one of its two people. */
export function ownConversationSql(actor: Actor, conversationId: string, options: { lock?: boolean } = {}): Prisma.Sql {
  sideOf(actor);
  if (!z.uuid().safeParse(conversationId).success) throw conversationNotFound();
  return Prisma.sql`
    SELECT c.id, c.employee_id, c.psychologist_id, p.user_id AS psychologist_user_id, p.display_name AS psychologist_name
    FROM conversations c JOIN psychologist_profiles p ON p.id = c.psychologist_id
    WHERE c.id = ${conversationId}::uuid AND (c.employee_id = ${actor.id}::uuid OR p.user_id = ${actor.id}::uuid)
    ${options.lock ? Prisma.sql`FOR UPDATE OF c` : Prisma.empty}`;
}

interface ConversationRow {
  id: string;
  employee_id: string;
  psychologist_id: string;
  psychologist_user_id: string;
  psychologist_name: string;
}

export async function findOwnConversation(actor: Actor, conversationId: string, run?: SqlRunner): Promise<OwnConversation> {
  const statement = ownConversationSql(actor, conversationId);
  const [row] = run ? await run.rows<ConversationRow>(statement) : await sqlRows<ConversationRow>(statement);
  if (!row) throw conversationNotFound();
  return {
    id: row.id,
    side: sideOf(actor),
    employeeId: row.employee_id,
    psychologistId: row.psychologist_id,
    psychologistUserId: row.psychologist_user_id,
    psychologistName: row.psychologist_name,
  };
}

/** The conversation of an appointment's two people, opened the first time either of them needs it. */
export async function conversationOfAppointment(actor: Actor, appointmentId: string): Promise<string> {
  const appointment = await findOwnAppointment(actor, appointmentId, { tenantId: true, employeeId: true, psychologistId: true });
  return openConversation(appointment);
}

export async function openConversation(pair: { tenantId: string; employeeId: string; psychologistId: string }): Promise<string> {
  const [row] = await sqlRows<{ id: string }>(Prisma.sql`
    WITH inserted AS (
      INSERT INTO conversations (id, tenant_id, employee_id, psychologist_id)
      VALUES (gen_random_uuid(), ${pair.tenantId}::uuid, ${pair.employeeId}::uuid, ${pair.psychologistId}::uuid)
      ON CONFLICT (employee_id, psychologist_id) DO NOTHING
      RETURNING id
    )
    SELECT id FROM inserted
    UNION ALL
    SELECT id FROM conversations WHERE employee_id = ${pair.employeeId}::uuid AND psychologist_id = ${pair.psychologistId}::uuid`);
  return row!.id;
}
