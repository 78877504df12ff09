/**
 * Who is in a session's call right now, for the waiting room: each side learns only whether the
 * other is in the call (LiveKit's participant list, by the opaque participant ids Harbor gave them),
 * nothing else about the room. Outside the call's window, or without a call server, nobody is.
 */
import type { Actor } from "@/lib/auth/guard";
import { CALL_APPOINTMENT_SELECT, callWindow, livekitSettings, roomService } from "./livekit";
import { findOwnAppointment, isOpenStatus, sideOf } from "./session-access";

export interface CallPresence {
  otherInCall: boolean;
}

export async function getCallPresence(actor: Actor, appointmentId: string, now = new Date()): Promise<CallPresence> {
  const side = sideOf(actor);
  const appointment = await findOwnAppointment(actor, appointmentId, CALL_APPOINTMENT_SELECT);
  const settings = livekitSettings();
  const window = callWindow(appointment);
  if (!settings || appointment.format === "chat" || !isOpenStatus(appointment.status) || now < window.opens || now >= window.closes) {
    return { otherInCall: false };
  }
  const other = side === "employee" ? appointment.psychologistParticipantId : appointment.employeeParticipantId;
  // A room that does not exist yet (nobody has joined) is an empty list, not an error.
  const participants = await roomService(settings)
    .listParticipants(appointment.id)
    .catch(() => []);
  return { otherInCall: participants.some((p) => p.identity === other) };
}
