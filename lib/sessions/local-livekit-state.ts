/**
 * The loopback LiveKit server `npm start` runs comes up after the web server does (the first start
 * builds it from Go, which takes minutes), so its address and keys cannot be in the environment the
 * web server started with. `npm start` writes them to a file (HARBOR_LOCAL_LIVEKIT names it) as the
 * server passes each stage; this reads it. A configured LIVEKIT_URL never looks here.
 */
import fs from "node:fs";
import { z } from "zod";

export const ZLocalLivekitState = z.discriminatedUnion("status", [
  z.object({ status: z.literal("setting-up") }),
  z.object({ status: z.literal("ready"), url: z.string().min(1), apiKey: z.string().min(1), apiSecret: z.string().min(1) }),
  z.object({ status: z.literal("unavailable"), reason: z.string() }),
]);
export type LocalLivekitState = z.infer<typeof ZLocalLivekitState>;

let cached: { file: string; mtimeMs: number; state: LocalLivekitState | null } | null = null;

/** Null when no local server is being run (or its file cannot be read). Re-read only when the file changes. */
export function readLocalLivekitState(file: string | undefined): LocalLivekitState | null {
  if (!file) return null;
  try {
    const { mtimeMs } = fs.statSync(file);
    if (cached?.file === file && cached.mtimeMs === mtimeMs) return cached.state;
    const parsed = ZLocalLivekitState.safeParse(JSON.parse(fs.readFileSync(file, "utf8")));
    cached = { file, mtimeMs, state: parsed.success ? parsed.data : null };
    return cached.state;
  } catch {
    return null;
  }
}

/** Written whole and renamed into place, so a reader never sees half a file; the keys are the owner's only. */
export function writeLocalLivekitState(file: string, state: LocalLivekitState): void {
  const staging = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(staging, JSON.stringify(state), { mode: 0o600 });
  fs.renameSync(staging, file);
}
