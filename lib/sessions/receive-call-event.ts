/**
 * LiveKit's webhooks. It protects the appointment record from forged events: the signature (a JWT
 * signed with the API secret whose sha256 claim is the raw body's hash) is checked on the raw body
 * before anything is read. Joins and leaves become the real times each side was there; the first
 * join puts the session in progress; an event after the window closes the room.
 */
import { z } from "zod";
import { Prisma } from "@/lib/generated/prisma/client";
import { sqlRows } from "@/lib/db/sql";
import { AppError } from "@/lib/errors";
import { callWindow, livekitSettings, webhookReceiver } from "./livekit";
import { closeCallRoom } from "./close-call-room";

export type CallEventOutcome = "recorded" | "ignored";

export async function receiveCallEvent(rawBody: string, authorization: string | null, now = new Date()): Promise<CallEventOutcome> {
  const settings = livekitSettings();
  if (!settings) throw new AppError("unavailable", "errors.consultation.callsNotConfigured");
  let event;
  try {
    event = await webhookReceiver(settings).receive(rawBody, authorization ?? undefined);
  } catch {
    throw new AppError("unauthenticated", "errors.consultation.webhookSignature");
  }
  const room = event.room?.name ?? "";
  const identity = event.participant?.identity ?? "";
  if (!z.uuid().safeParse(room).success) return "ignored";
  const at = event.createdAt ? new Date(Number(event.createdAt) * 1000) : now;

  let times: { starts_at: Date; ends_at: Date }[] = [];
  if ((event.event === "participant_joined" || event.event === "participant_left") && z.uuid().safeParse(identity).success) {
    times = await sqlRows(event.event === "participant_joined" ? recordJoin(room, identity, at) : recordLeave(room, identity, at));
  } else {
    times = await sqlRows(Prisma.sql`SELECT starts_at, ends_at FROM appointments WHERE id = ${room}::uuid`);
  }
  const appointment = times[0];
  if (!appointment) return "ignored";
  if (now >= callWindow({ startsAt: appointment.starts_at, endsAt: appointment.ends_at }).closes && event.event !== "room_finished") {
    await closeCallRoom(room);
  }
  return "recorded";
}

/** The first join of each side is kept (a reconnect is not a new start); the first join of anyone starts the session. */
function recordJoin(room: string, identity: string, at: Date): Prisma.Sql {
  return Prisma.sql`
    UPDATE appointments SET
      employee_joined_at = CASE WHEN employee_participant_id = ${identity}::uuid THEN COALESCE(employee_joined_at, ${at}) ELSE employee_joined_at END,
      psychologist_joined_at = CASE WHEN psychologist_participant_id = ${identity}::uuid THEN COALESCE(psychologist_joined_at, ${at}) ELSE psychologist_joined_at END,
      status = CASE WHEN status = 'booked' THEN 'in_progress'::"AppointmentStatus" ELSE status END,
      updated_at = now()
    WHERE id = ${room}::uuid AND ${identity}::uuid IN (employee_participant_id, psychologist_participant_id)
    RETURNING starts_at, ends_at`;
}

/** The last leave of each side is kept, so the record runs from first join to final leave. */
function recordLeave(room: string, identity: string, at: Date): Prisma.Sql {
  return Prisma.sql`
    UPDATE appointments SET
      employee_left_at = CASE WHEN employee_participant_id = ${identity}::uuid THEN GREATEST(COALESCE(employee_left_at, ${at}), ${at}) ELSE employee_left_at END,
      psychologist_left_at = CASE WHEN psychologist_participant_id = ${identity}::uuid THEN GREATEST(COALESCE(psychologist_left_at, ${at}), ${at}) ELSE psychologist_left_at END,
      updated_at = now()
    WHERE id = ${room}::uuid AND ${identity}::uuid IN (employee_participant_id, psychologist_participant_id)
    RETURNING starts_at, ends_at`;
}
