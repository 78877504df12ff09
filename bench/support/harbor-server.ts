/** A Harbor server on a throwaway database, as `npm start` runs it, for benchmarks over HTTP. */
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { ensureLivekitBinary } from "@/tooling/livekit/install";
import { stopChild, track } from "@/tooling/process/children";
import { createTestDatabase } from "../../tests/support/test-database";

/** A cold `next build` on a busy two-core machine takes up to about four minutes. */
const START_TIMEOUT_MS = 300_000;

export interface HarborServer {
  baseUrl: string;
  databaseUrl: string;
  dataDir: string;
  /** Stops the server and starts it again on the same database and data, with other settings. */
  restart(settings: Record<string, string>): Promise<void>;
  stop(): Promise<void>;
}

/** `settings` are extra environment settings for the server (a benchmark comparing two configurations). */
export async function startHarborServer(port = 3190, settings: Record<string, string> = {}): Promise<HarborServer> {
  const database = await createTestDatabase("bench");
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "harbor-bench-data-"));
  const baseUrl = `http://127.0.0.1:${port}`;
  // The LiveKit binary is built once under .data/bin (now, before anything is timed, if it is not
  // there yet) and shared with the benchmark's server, which gets ports of its own.
  const install = ensureLivekitBinary(path.resolve(".data"), (line) => console.error(line));
  if ("message" in install) console.error(`[bench] ${install.message}`);
  const sharedBin = path.resolve(".data", "bin");
  if (fs.existsSync(sharedBin)) fs.symlinkSync(sharedBin, path.join(dataDir, "bin"));
  const launch = (extra: Record<string, string>) =>
    launchServer(baseUrl, {
      DATABASE_URL: database.url,
      HARBOR_ENV: "test",
      HARBOR_DATA_DIR: dataDir,
      PORT: String(port),
      HOSTNAME: "127.0.0.1",
      NEXTAUTH_URL: baseUrl,
      LIVEKIT_LOCAL_PORT: String(port + 4710),
      ...extra,
    }).catch(async (error: unknown) => {
      await database.dispose();
      throw error;
    });
  let running = await launch(settings);
  // The benchmark itself writes sealed rows and blind indexes with the app's code (bench/support/accounts):
  // it must use the server's database and the secrets the server generated in its data folder.
  Object.assign(process.env, { DATABASE_URL: database.url, HARBOR_DATA_DIR: dataDir, HARBOR_ENV: "test" });
  return {
    baseUrl,
    databaseUrl: database.url,
    dataDir,
    async restart(extra) {
      await running.stop();
      running = await launch(extra);
    },
    async stop() {
      await running.stop();
      await database.dispose();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Runs `npm start`'s script with `settings` and waits until it serves the sign-in page. */
async function launchServer(baseUrl: string, settings: Record<string, string>): Promise<{ stop(): Promise<void> }> {
  const child = track(
    spawn(process.execPath, ["--import", "tsx", "scripts/start.ts"], { stdio: ["ignore", "pipe", "inherit"], env: { ...process.env, ...settings } }),
  );
  // Start-up chatter goes to stderr so the benchmark's own stdout stays a table and a JSON line.
  child.stdout?.pipe(process.stderr);
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const stop = async () => {
    await stopChild(child);
    await exited;
  };
  const deadline = Date.now() + START_TIMEOUT_MS;
  for (;;) {
    if (child.exitCode !== null) throw new Error("the Harbor server exited during start-up; its output is above");
    try {
      if ((await fetch(`${baseUrl}/login`)).ok) return { stop };
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`the Harbor server did not answer ${baseUrl}/login within ${START_TIMEOUT_MS / 1000} s; its output is above`);
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}
