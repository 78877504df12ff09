/**
 * Where calls go: the LiveKit server named by LIVEKIT_URL (LiveKit Cloud, a self-hosted cluster), or
 * the loopback one `npm start` runs once it is up. Null when none is: the room says so (or that calls
 * are being set up) and chat works. Kept apart from the server SDK so the proxy can name the server
 * in its Content-Security-Policy without loading it.
 */
import { env } from "@/lib/env";
import { readLocalLivekitState } from "./local-livekit-state";

export interface LivekitSettings {
  /** What browsers connect to (ws:// or wss://). */
  url: string;
  apiKey: string;
  apiSecret: string;
}

export function livekitSettings(): LivekitSettings | null {
  const { LIVEKIT_URL, LIVEKIT_API_KEY, LIVEKIT_API_SECRET, HARBOR_LOCAL_LIVEKIT } = env();
  if (LIVEKIT_URL && LIVEKIT_API_KEY && LIVEKIT_API_SECRET) return { url: LIVEKIT_URL, apiKey: LIVEKIT_API_KEY, apiSecret: LIVEKIT_API_SECRET };
  const local = readLocalLivekitState(HARBOR_LOCAL_LIVEKIT);
  return local?.status === "ready" ? { url: local.url, apiKey: local.apiKey, apiSecret: local.apiSecret } : null;
}

/** Whether calls can be placed now, are coming (the local server is still being built or started), or are not configured. */
export function livekitStatus(): "configured" | "setting-up" | "not-configured" {
  if (livekitSettings()) return "configured";
  return readLocalLivekitState(env().HARBOR_LOCAL_LIVEKIT)?.status === "setting-up" ? "setting-up" : "not-configured";
}
