/**
 * The servers the journeys run against: `npm start`'s own script on a fresh database of its own
 * (a throwaway embedded cluster, or a new database on DATABASE_URL's server), with demo data — twice.
 * A second Harbor (the "other" one) starts first, on the LiveKit port the journeys' Harbor then asks
 * for too, as on a machine running two Harbors: the journeys' calls prove the second one found ports
 * of its own, and one journey holds a call on each at the same time.
 */
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createTestDatabase, type TestDatabase } from "../support/test-database";
import { E2E_LIVEKIT_PORT, E2E_OTHER_PORT, e2eServerInfoPath } from "./server-info";

// The LiveKit binary `npm test` built (or `npm run livekit:install`) is shared, not rebuilt per run.
const sharedBin = path.resolve(process.env.HARBOR_DATA_DIR ?? ".data", "bin");

interface Harbor {
  database: TestDatabase;
  dataDir: string;
  process: ChildProcess;
}

async function startHarbor(port: number): Promise<Harbor> {
  const database = await createTestDatabase("e2e");
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "harbor-e2e-data-"));
  if (fs.existsSync(sharedBin)) fs.symlinkSync(sharedBin, path.join(dataDir, "bin"));
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/start.ts"], {
    stdio: "inherit",
    env: {
      ...process.env,
      DATABASE_URL: database.url,
      HARBOR_ENV: "test",
      HARBOR_DATA_DIR: dataDir,
      HOSTNAME: "127.0.0.1",
      PORT: String(port),
      NEXTAUTH_URL: `http://127.0.0.1:${port}`,
      // Passkeys need a host name (WebAuthn refuses a bare IP address): the passkey journey uses this one.
      PASSKEY_ORIGIN: `http://localhost:${port}`,
      // A port of its own, so a development `npm start` (7880) can run beside the journeys; both
      // Harbors ask for the same one.
      LIVEKIT_LOCAL_PORT: String(E2E_LIVEKIT_PORT),
    },
  });
  return { database, dataDir, process: child };
}

/** Until the Harbor serves its sign-in page (its build, when one was due, is then done). */
async function serving(harbor: Harbor, port: number): Promise<void> {
  const deadline = Date.now() + 300_000;
  while (Date.now() < deadline) {
    if (harbor.process.exitCode !== null) throw new Error("the other Harbor exited during start-up");
    if (
      await fetch(`http://127.0.0.1:${port}/login`).then(
        (r) => r.ok,
        () => false,
      )
    )
      return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error("the other Harbor did not serve within 300 s");
}

// One after the other: they share the build in .next, and the first takes the LiveKit port.
const other = await startHarbor(E2E_OTHER_PORT);
await serving(other, E2E_OTHER_PORT);
const harbor = await startHarbor(Number(process.env.PORT));
// Journeys create the rows they need (tests/e2e/fixtures.ts) in these same databases, with the same secrets.
fs.writeFileSync(
  e2eServerInfoPath(),
  JSON.stringify({
    databaseUrl: harbor.database.url,
    dataDir: harbor.dataDir,
    other: { baseUrl: `http://127.0.0.1:${E2E_OTHER_PORT}`, databaseUrl: other.database.url, dataDir: other.dataDir },
  }),
);

let stopping = false;
async function stop(code: number) {
  if (stopping) return;
  stopping = true;
  for (const { process: child } of [harbor, other]) {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill("SIGTERM");
      await new Promise((resolve) => child.once("exit", resolve));
    }
  }
  for (const { database, dataDir } of [harbor, other]) {
    await database.dispose();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
  fs.rmSync(e2eServerInfoPath(), { force: true });
  process.exit(code);
}
process.on("SIGTERM", () => void stop(0));
process.on("SIGINT", () => void stop(0));
// A server that dies on its own (failed build, bad config) fails the run at once.
for (const { process: child } of [harbor, other]) child.on("exit", (code) => void stop(stopping ? 0 : code || 1));
