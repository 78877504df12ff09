/**
 * The server the journeys run against: `npm start`'s own script on a fresh database of its own
 * (a throwaway embedded cluster, or a new database on DATABASE_URL's server), with demo data.
 */
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { startLocalLivekit } from "@/tooling/livekit/local-server";
import { createTestDatabase } from "../support/test-database";
import { E2E_LIVEKIT_PORT, e2eServerInfoPath } from "./server-info";

const database = await createTestDatabase("e2e");
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "harbor-e2e-data-"));
// The LiveKit binary `npm test` built (or `npm run livekit:install`) is shared, not rebuilt per run.
const sharedBin = path.resolve(process.env.HARBOR_DATA_DIR ?? ".data", "bin");
if (fs.existsSync(sharedBin)) fs.symlinkSync(sharedBin, path.join(dataDir, "bin"));
// Another Harbor's LiveKit already holds the port this one asks for, as on a machine running two
// Harbors: the journeys' calls then prove that the second one found ports of its own and checks its
// server by its own key (tooling/livekit/local-server.ts).
const otherHarborDir = fs.mkdtempSync(path.join(os.tmpdir(), "harbor-e2e-other-"));
if (fs.existsSync(sharedBin)) fs.symlinkSync(sharedBin, path.join(otherHarborDir, "bin"));
const otherHarborLivekit = await startLocalLivekit({ dataDir: otherHarborDir, port: E2E_LIVEKIT_PORT, webhookUrl: "http://127.0.0.1:9/unused" });
// Journeys create the rows they need (tests/e2e/fixtures.ts) in this same database, with the same secrets.
fs.writeFileSync(
  e2eServerInfoPath(),
  JSON.stringify({
    databaseUrl: database.url,
    dataDir,
    otherHarborLivekit: otherHarborLivekit && { url: otherHarborLivekit.url, apiKey: otherHarborLivekit.apiKey, apiSecret: otherHarborLivekit.apiSecret },
  }),
);
const server = spawn(process.execPath, ["--import", "tsx", "scripts/start.ts"], {
  stdio: "inherit",
  env: {
    ...process.env,
    DATABASE_URL: database.url,
    HARBOR_ENV: "test",
    HARBOR_DATA_DIR: dataDir,
    HOSTNAME: "127.0.0.1",
    NEXTAUTH_URL: `http://127.0.0.1:${process.env.PORT}`,
    // A port of its own, so a development `npm start` (7880) can run beside the journeys.
    LIVEKIT_LOCAL_PORT: String(E2E_LIVEKIT_PORT),
  },
});

let stopping = false;
async function stop(code: number) {
  if (stopping) return;
  stopping = true;
  if (server.exitCode === null && server.signalCode === null) {
    server.kill("SIGTERM");
    await new Promise((resolve) => server.once("exit", resolve));
  }
  await otherHarborLivekit?.stop();
  await database.dispose();
  fs.rmSync(e2eServerInfoPath(), { force: true });
  fs.rmSync(dataDir, { recursive: true, force: true });
  fs.rmSync(otherHarborDir, { recursive: true, force: true });
  process.exit(code);
}
process.on("SIGTERM", () => void stop(0));
process.on("SIGINT", () => void stop(0));
// A server that dies on its own (failed build, bad config) fails the run at once.
server.on("exit", (code) => void stop(stopping ? 0 : code || 1));
