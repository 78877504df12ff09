/**
 * Access to an audio or video call. It protects who may join (the appointment's two participants
 * only), when (from JOIN_EARLY_MINUTES before the start to GRACE_MINUTES after the end; the token
 * expires at that end, so it can never be used later), what LiveKit learns (an opaque room id and
 * an opaque participant id: LiveKit logs identities, so no names or e-mails) and what may be sent
 * (the microphone only for audio sessions; chat goes through Harbor, so no data channel). With the
 * token comes the call's media key (call-encryption.ts), which LiveKit never sees.
 */
import { AccessToken, TrackSource } from "livekit-server-sdk";
import type { Actor } from "@/lib/auth/guard";
import { AppError } from "@/lib/errors";
import type { SessionFormat } from "@/lib/generated/prisma/enums";
import { enqueue } from "@/lib/jobs/enqueue";
import { consume } from "@/lib/security/rate-limit";
import { mediaKeyForCall } from "./call-encryption";
import { CALL_APPOINTMENT_SELECT, callWindow, JOIN_EARLY_MINUTES, livekitSettings, livekitStatus } from "./livekit";
import { findOwnAppointment, isOpenStatus, sideOf, type Side } from "./session-access";

export interface CallToken {
  token: string;
  url: string;
  room: string;
  identity: string;
  expiresAt: Date;
  /** The appointment's end-to-end media key, base64 (null only where encryption is turned off). */
  mediaKey: string | null;
}

/** What each side may send: the psychologist of a video session may also share a screen (a worksheet, an exercise). */
export function publishSources(format: SessionFormat, side: Side = "employee"): TrackSource[] {
  if (format === "video")
    return side === "psychologist" ? [TrackSource.MICROPHONE, TrackSource.CAMERA, TrackSource.SCREEN_SHARE] : [TrackSource.MICROPHONE, TrackSource.CAMERA];
  if (format === "audio") return [TrackSource.MICROPHONE];
  return [];
}

export async function issueCallToken(actor: Actor, appointmentId: string, now = new Date()): Promise<CallToken> {
  const side = sideOf(actor);
  await consume("callTokensPerUser", actor.id, "errors.consultation.tooManyTokens");
  const appointment = await findOwnAppointment(actor, appointmentId, CALL_APPOINTMENT_SELECT);
  if (appointment.format === "chat") throw new AppError("conflict", "errors.consultation.chatOnly");
  if (!isOpenStatus(appointment.status)) throw new AppError("conflict", "errors.consultation.closed");
  const window = callWindow(appointment);
  if (now < window.opens) throw new AppError("conflict", "errors.consultation.tooEarly", { params: { minutes: JOIN_EARLY_MINUTES } });
  if (now >= window.closes) throw new AppError("conflict", "errors.consultation.over");
  const settings = livekitSettings();
  if (!settings) {
    const settingUp = livekitStatus() === "setting-up";
    throw new AppError("unavailable", settingUp ? "errors.consultation.callsSettingUp" : "errors.consultation.callsNotConfigured");
  }

  const identity = side === "employee" ? appointment.employeeParticipantId : appointment.psychologistParticipantId;
  const ttlSeconds = Math.max(1, Math.floor((window.closes.getTime() - now.getTime()) / 1000));
  const token = new AccessToken(settings.apiKey, settings.apiSecret, { identity, ttl: ttlSeconds });
  token.addGrant({
    roomJoin: true,
    room: appointment.id,
    canSubscribe: true,
    canPublish: true,
    canPublishSources: publishSources(appointment.format, side),
    canPublishData: false,
    canUpdateOwnMetadata: false,
  });
  // The room is closed when the window ends, even if someone is still connected.
  await enqueue({ name: "call.close", data: { appointmentId: appointment.id }, startAfter: window.closes });
  return {
    token: await token.toJwt(),
    url: settings.url,
    room: appointment.id,
    identity,
    expiresAt: new Date(now.getTime() + ttlSeconds * 1000),
    mediaKey: mediaKeyForCall(appointment.id),
  };
}
