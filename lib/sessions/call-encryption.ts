/**
 * The media key of a call: every audio, video and screen frame is encrypted in the two browsers
 * (LiveKit's end-to-end encryption, AES-GCM) under a key only they are given, by Harbor, with their
 * call token. The LiveKit server forwards frames it cannot read; a LiveKit token alone (leaked from
 * a log, minted by whoever runs LiveKit) joins the room but decodes nothing.
 *
 * The key is derived, never stored: HKDF of IDENTIFIER_PEPPER (a secret that never rotates, so both
 * sides get the same key however long the call) with the appointment's id, one key per appointment.
 * Anyone holding Harbor's secrets could derive it; the LiveKit server and its operator cannot.
 */
import { hkdfSync } from "node:crypto";
import { env } from "@/lib/env";
import { pepperKey } from "@/lib/registry/identifier";

export const MEDIA_KEY_BYTES = 32;

/** The appointment's media key, base64: raw key material the browsers stretch with HKDF (livekit-client's ExternalE2EEKeyProvider). */
export function callMediaKey(appointmentId: string, pepper: Buffer = pepperKey()): string {
  return Buffer.from(hkdfSync("sha256", pepper, Buffer.from(appointmentId, "utf8"), "harbor call media key", MEDIA_KEY_BYTES)).toString("base64");
}

/** The key a participant is given with the token; null only where CALL_ENCRYPTION=off (development and benchmarks). */
export function mediaKeyForCall(appointmentId: string): string | null {
  return env().CALL_ENCRYPTION === "on" ? callMediaKey(appointmentId) : null;
}
