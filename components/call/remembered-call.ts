/**
 * The call this tab is in, and with which devices, so a reload rejoins by itself. sessionStorage:
 * per tab, gone when the tab closes, never sent anywhere. Leaving on purpose forgets it.
 */
import { z } from "zod";
import type { ChosenDevices } from "./device-check";

const ZRemembered = z.object({ microphoneId: z.string().max(500), cameraId: z.string().max(500) });
const key = (appointmentId: string) => `harbor.call.${appointmentId}`;

export function rememberCall(appointmentId: string, devices: ChosenDevices): void {
  try {
    sessionStorage.setItem(key(appointmentId), JSON.stringify(devices));
  } catch {
    // Storage refused (private mode, quota): a reload then shows the device check again.
  }
}

export function rememberedCall(appointmentId: string): ChosenDevices | null {
  try {
    const parsed = ZRemembered.safeParse(JSON.parse(sessionStorage.getItem(key(appointmentId)) ?? "null"));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export function forgetCall(appointmentId: string): void {
  try {
    sessionStorage.removeItem(key(appointmentId));
  } catch {
    // nothing remembered
  }
}
