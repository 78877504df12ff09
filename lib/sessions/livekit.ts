/**
 * Where calls go: the LiveKit server named by LIVEKIT_URL (LiveKit Cloud, a self-hosted cluster, or
 * the loopback one `npm start` runs). Null when none is configured: the room says so and chat works.
 */
import { RoomServiceClient, WebhookReceiver } from "livekit-server-sdk";
import { env } from "@/lib/env";

export interface LivekitSettings {
  /** What browsers connect to (ws:// or wss://). */
  url: string;
  apiKey: string;
  apiSecret: string;
}

export function livekitSettings(): LivekitSettings | null {
  const { LIVEKIT_URL, LIVEKIT_API_KEY, LIVEKIT_API_SECRET } = env();
  if (!LIVEKIT_URL || !LIVEKIT_API_KEY || !LIVEKIT_API_SECRET) return null;
  return { url: LIVEKIT_URL, apiKey: LIVEKIT_API_KEY, apiSecret: LIVEKIT_API_SECRET };
}

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
