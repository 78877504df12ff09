/**
 * What a session's room shows its participant: when, with whom, the format, whether a call can be
 * joined now, and the conversation of the pair (opened on first visit). The psychologist also gets
 * what closing the session needs: the topics of its direction.
 */
import type { Actor } from "@/lib/auth/guard";
import { TOPIC_SLUGS, directionOfTopic, type Topic } from "@/lib/catalogue/vocabulary";
import type { AppointmentStatus, Direction, SessionFormat } from "@/lib/generated/prisma/enums";
import { openConversation } from "@/lib/chat/conversation-access";
import { callWindow, livekitStatus } from "./livekit";
import { minutesTogether, PRESENCE_SELECT } from "./minutes-together";
import { clientName, type ClientName } from "./get-practice-agenda";
import { findOwnAppointment, isOpenStatus, sideOf, type Side } from "./session-access";

export type CallAvailability = "chat-session" | "not-configured" | "setting-up" | "too-early" | "open" | "over" | "closed";

export interface SessionRoom {
  id: string;
  side: Side;
  startsAt: Date;
  endsAt: Date;
  format: SessionFormat;
  direction: Direction;
  status: AppointmentStatus;
  topic: string | null;
  conversationId: string;
  psychologist: { profileId: string; displayName: string };
  client: ClientName;
  employerName: string;
  call: CallAvailability;
  callOpensAt: Date;
  /** When the call closes for both: the end plus the contract's grace time. */
  callClosesAt: Date;
  /** The psychologist's choice when closing the session. */
  topics: Topic[];
  /** The psychologist's "running late" mark: minutes after the start they expect to join. */
  psychologistLateMinutes: number | null;
  /** Time both were there, from the call's join and leave records (minutes), when known. */
  minutesTogether: number | null;
}

export async function getSessionRoom(actor: Actor, appointmentId: string, now = new Date()): Promise<SessionRoom> {
  const side = sideOf(actor);
  const a = await findOwnAppointment(actor, appointmentId, {
    id: true,
    tenantId: true,
    employeeId: true,
    psychologistId: true,
    startsAt: true,
    endsAt: true,
    format: true,
    direction: true,
    status: true,
    topic: true,
    psychologistLateMinutes: true,
    ...PRESENCE_SELECT,
    psychologist: { select: { displayName: true } },
    employee: { select: { id: true, displayNameSealed: true } },
    tenant: { select: { name: true } },
  });
  const window = callWindow(a);
  return {
    id: a.id,
    side,
    startsAt: a.startsAt,
    endsAt: a.endsAt,
    format: a.format,
    direction: a.direction,
    status: a.status,
    topic: a.topic,
    conversationId: await openConversation(a),
    psychologist: { profileId: a.psychologistId, displayName: a.psychologist.displayName },
    client: clientName(a.employee),
    employerName: a.tenant.name,
    call: callAvailability(a, now),
    callOpensAt: window.opens,
    callClosesAt: window.closes,
    topics: TOPIC_SLUGS.filter((topic) => directionOfTopic(topic) === a.direction),
    psychologistLateMinutes: a.psychologistLateMinutes,
    minutesTogether: minutesTogether(a),
  };
}

function callAvailability(a: { format: SessionFormat; status: AppointmentStatus; startsAt: Date; endsAt: Date }, now: Date): CallAvailability {
  if (a.format === "chat") return "chat-session";
  if (!isOpenStatus(a.status)) return "closed";
  const window = callWindow(a);
  if (now >= window.closes) return "over";
  const calls = livekitStatus();
  if (calls !== "configured") return calls;
  return now < window.opens ? "too-early" : "open";
}
