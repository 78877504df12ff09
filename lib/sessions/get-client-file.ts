/**
 * A psychologist's view of one client: the sessions they had together, the psychologist's own notes
 * on them (each read audited), and the homework they gave with its state. It is reached through the
 * conversation, which only that pair can name: another psychologist's clients are simply not found.
 */
import type { Actor } from "@/lib/auth/guard";
import { unseal } from "@/lib/crypto/seal";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { AppointmentStatus, SessionFormat } from "@/lib/generated/prisma/enums";
import { findOwnConversation } from "@/lib/chat/conversation-access";
import { homeworkItem, HOMEWORK_SELECT, type HomeworkItem } from "@/lib/tasks/homework-item";
import { clientName, type ClientName } from "./get-practice-agenda";
import { minutesTogether, PRESENCE_SELECT } from "./minutes-together";
import { noteContext } from "./session-notes";

export interface ClientSession {
  id: string;
  startsAt: Date;
  format: SessionFormat;
  status: AppointmentStatus;
  topic: string | null;
  minutesTogether: number | null;
  note: string | null;
}

export interface ClientFile {
  conversationId: string;
  client: ClientName;
  employerName: string;
  sessions: ClientSession[];
  homework: HomeworkItem[];
}

export async function getClientFile(actor: Actor, conversationId: string): Promise<ClientFile> {
  if (actor.role !== "psychologist") throw new AppError("forbidden", "errors.access.notes");
  const conversation = await findOwnConversation(actor, conversationId);
  const pair = { employeeId: conversation.employeeId, psychologistId: conversation.psychologistId };
  const [employee, appointments, homework] = await Promise.all([
    db().user.findUniqueOrThrow({ where: { id: conversation.employeeId }, select: { id: true, displayNameSealed: true, tenant: { select: { name: true } } } }),
    db().appointment.findMany({
      where: { ...pair, status: { not: "cancelled" } },
      orderBy: { startsAt: "desc" },
      take: 100,
      select: {
        id: true,
        startsAt: true,
        format: true,
        status: true,
        topic: true,
        ...PRESENCE_SELECT,
        notes: { where: { psychologistId: conversation.psychologistId }, select: { id: true, keyId: true, iv: true, ciphertext: true } },
      },
    }),
    db().homeworkTask.findMany({ where: pair, orderBy: { createdAt: "desc" }, take: 100, select: HOMEWORK_SELECT }),
  ]);
  const sessions = appointments.map((a) => {
    const note = a.notes[0];
    return {
      id: a.id,
      startsAt: a.startsAt,
      format: a.format,
      status: a.status,
      topic: a.topic,
      minutesTogether: minutesTogether(a),
      note: note ? unseal(note, noteContext(a.id, conversation.psychologistId)) : null,
      noteId: note?.id,
    };
  });
  const read = sessions.filter((s) => s.noteId);
  if (read.length) {
    await db().auditEvent.createMany({
      data: read.map((s) => ({ action: "note.read", actorId: actor.id, actorRole: actor.role, targetType: "session_note", targetId: s.noteId! })),
    });
  }
  return {
    conversationId,
    client: clientName(employee),
    employerName: employee.tenant?.name ?? "",
    sessions: sessions.map((s) => ({
      id: s.id,
      startsAt: s.startsAt,
      format: s.format,
      status: s.status,
      topic: s.topic,
      minutesTogether: s.minutesTogether,
      note: s.note,
    })),
    homework: homework.map(homeworkItem),
  };
}
