/**
 * A psychologist's private note on one of their sessions. It protects the note's words: sealed at
 * rest, bound to the session and its author, readable by that author alone (the where clause names
 * them, so nobody else's request can reach the row), and every read leaves an audit event.
 */
import { z } from "zod";
import type { Actor } from "@/lib/auth/guard";
import { recordAudit } from "@/lib/audit/record-audit";
import { seal, unseal } from "@/lib/crypto/seal";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { findOwnAppointment } from "./session-access";

export const ZSaveNoteInput = z.object({ text: z.string().trim().max(20_000, "errors.notes.tooLong") });
export type SaveNoteInput = z.infer<typeof ZSaveNoteInput>;

export const noteContext = (appointmentId: string, psychologistId: string) => `note:${appointmentId}:${psychologistId}`;

async function authorProfileId(actor: Actor): Promise<string> {
  if (actor.role !== "psychologist") throw new AppError("forbidden", "errors.access.notes");
  const profile = await db().psychologistProfile.findUnique({ where: { userId: actor.id }, select: { id: true } });
  if (!profile) throw new AppError("forbidden", "errors.access.notes");
  return profile.id;
}

export async function saveSessionNote(actor: Actor, appointmentId: string, input: unknown): Promise<void> {
  const psychologistId = await authorProfileId(actor);
  const appointment = await findOwnAppointment(actor, appointmentId, { id: true });
  const { text } = ZSaveNoteInput.parse(input);
  const where = { appointmentId_psychologistId: { appointmentId: appointment.id, psychologistId } };
  if (!text) {
    await db().sessionNote.deleteMany({ where: { appointmentId: appointment.id, psychologistId } });
    return;
  }
  const sealed = seal(text, noteContext(appointment.id, psychologistId));
  await db().sessionNote.upsert({ where, create: { appointmentId: appointment.id, psychologistId, ...sealed }, update: sealed });
}

/** The author's note on the session, or null when they wrote none. The read is audited. */
export async function readSessionNote(actor: Actor, appointmentId: string): Promise<{ text: string; updatedAt: Date } | null> {
  const psychologistId = await authorProfileId(actor);
  const appointment = await findOwnAppointment(actor, appointmentId, { id: true, tenantId: true });
  const note = await db().sessionNote.findUnique({ where: { appointmentId_psychologistId: { appointmentId: appointment.id, psychologistId } } });
  if (!note) return null;
  await recordAudit({ action: "note.read", actorId: actor.id, actorRole: actor.role, targetType: "session_note", targetId: note.id });
  return { text: unseal(note, noteContext(appointment.id, psychologistId)), updatedAt: note.updatedAt };
}
