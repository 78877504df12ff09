/** LiveKit's server API and webhooks for the configured server (lib/sessions/livekit-settings.ts), and the call window. */
import { RoomServiceClient, WebhookReceiver } from "livekit-server-sdk";
import type { LivekitSettings } from "./livekit-settings";

export { livekitSettings, livekitStatus, type LivekitSettings } from "./livekit-settings";

/** The server API (rooms, participants) speaks HTTP on the same host as the WebSocket. */
export function roomService(settings: LivekitSettings): RoomServiceClient {
  return new RoomServiceClient(settings.url.replace(/^ws/, "http"), settings.apiKey, settings.apiSecret);
}

export function webhookReceiver(settings: LivekitSettings): WebhookReceiver {
  return new WebhookReceiver(settings.apiKey, settings.apiSecret);
}

/** Minutes before the start a participant may join, and after the end the room stays open. */
export const JOIN_EARLY_MINUTES = 10;
export const GRACE_MINUTES = 15;

export function callWindow(appointment: { startsAt: Date; endsAt: Date }): { opens: Date; closes: Date } {
  return {
    opens: new Date(appointment.startsAt.getTime() - JOIN_EARLY_MINUTES * 60_000),
    closes: new Date(appointment.endsAt.getTime() + GRACE_MINUTES * 60_000),
  };
}

/** What a call needs of its appointment: format, status and window, and each side's opaque LiveKit identity. */
export const CALL_APPOINTMENT_SELECT = {
  id: true,
  format: true,
  status: true,
  startsAt: true,
  endsAt: true,
  employeeParticipantId: true,
  psychologistParticipantId: true,
} as const;
