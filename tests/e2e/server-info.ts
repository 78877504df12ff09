/** Where the journeys' server says which database and data directory it runs on (one file per port). */
import os from "node:os";
import path from "node:path";

export const E2E_PORT = Number(process.env.E2E_PORT ?? 3107);

export function e2eServerInfoPath(port = E2E_PORT): string {
  return path.join(os.tmpdir(), `harbor-e2e-${port}.json`);
}

/** The second Harbor started beside the journeys' one (tests/e2e/serve.ts). */
export const E2E_OTHER_PORT = E2E_PORT + 1;

/** The LiveKit port both Harbors ask for (media on UDP port + 2); the second to start moves on. */
export const E2E_LIVEKIT_PORT = Number(process.env.E2E_LIVEKIT_PORT ?? 7890);
