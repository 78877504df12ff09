/**
 * An employee's month with Harbor, through the same functions the pages call: a chat session under
 * way with messages, the psychologist's note and homework, and a review of an earlier session.
 */
import { randomUUID } from "node:crypto";
import { conversationOfAppointment } from "@/lib/chat/conversation-access";
import { sendMessage } from "@/lib/chat/send-message";
import { leaveFeedback } from "@/lib/feedback/leave-feedback";
import { saveSessionNote } from "@/lib/sessions/session-notes";
import { assignHomework } from "@/lib/tasks/assign-homework";
import { actorOf, createAppointment, createPsychologist } from "./factories";

export interface MonthWritten {
  /** Sent by the employee, then (if given) the psychologist's reply. */
  messages: [string, string?];
  note: string;
  homework: { title: string; instructions: string };
  review: string;
}

export async function employeeMonth(tenant: { id: string }, employeeRow: Parameters<typeof actorOf>[0], written: MonthWritten, psychologistName?: string) {
  const employee = actorOf(employeeRow);
  const { user, profile } = await createPsychologist({ displayName: psychologistName });
  const psychologist = actorOf(user);
  const live = await createAppointment({ tenant, employee: employeeRow, psychologist: profile, startsAt: new Date(Date.now() - 10 * 60_000), format: "chat" });
  const conversation = await conversationOfAppointment(employee, live.id);
  const [mine, reply] = written.messages;
  await sendMessage(employee, conversation, { text: mine, clientToken: randomUUID() });
  if (reply) await sendMessage(psychologist, conversation, { text: reply, clientToken: randomUUID() });
  await saveSessionNote(psychologist, live.id, { text: written.note });
  await assignHomework(psychologist, live.id, written.homework);
  const past = await createAppointment({
    tenant,
    employee: employeeRow,
    psychologist: profile,
    startsAt: new Date(Date.now() - 3 * 86_400_000),
    status: "completed",
  });
  await leaveFeedback(employee, { appointmentId: past.id, rating: 5, comment: written.review });
  return { live, past };
}
