/**
 * `npm start` stopped while it starts leaves nothing running: a LiveKit build under way, a LiveKit
 * server just started. (An orphaned server once held its ports for an hour after its data folder was
 * deleted, and answered a later Harbor's readiness check.)
 */
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

const databases: TestDatabase[] = [];
afterAll(async () => Promise.all(databases.map((d) => d.dispose())));

/** Command lines of running processes that contain `pattern` (read from /proc: no procps needed). */
function running(pattern: string): string {
  const found: string[] = [];
  for (const pid of fs.readdirSync("/proc").filter((entry) => /^\d+$/.test(entry))) {
    try {
      const command = fs.readFileSync(`/proc/${pid}/cmdline`, "utf8").replaceAll("\0", " ");
      if (command.includes(pattern)) found.push(`${pid}: ${command}`);
    } catch {
      // exited meanwhile
    }
  }
  return found.join("\n");
}

async function startThenStop(dataDir: string, stopWhen: RegExp): Promise<{ code: number | null; output: string }> {
  const database = await createTestDatabase("startstop");
  databases.push(database);
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/start.ts"], {
    env: { ...process.env, DATABASE_URL: database.url, HARBOR_ENV: "test", HARBOR_DATA_DIR: dataDir, PORT: "3197", LIVEKIT_LOCAL_PORT: "7990" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  const exited = new Promise<number | null>((resolve) => child.once("exit", resolve));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`never reached ${stopWhen}:\n${output}`)), 120_000);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      if (stopWhen.test(output)) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout.on("data", read);
    child.stderr.on("data", read);
  });
  child.kill("SIGTERM");
  const code = await Promise.race([exited, new Promise<"hung">((resolve) => setTimeout(() => resolve("hung"), 30_000))]);
  if (code === "hung") child.kill("SIGKILL");
  expect(code, output).not.toBe("hung");
  return { code: code as number | null, output };
}

describe("stopping npm start during start-up", () => {
  it("while the LiveKit server is being built: the build is stopped too", async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "harbor-startstop-build-"));
    await startThenStop(dataDir, /building livekit-server .* in the background/);
    await expect.poll(() => running("livekit-server/cmd/server@v"), { timeout: 10_000 }).toBe("");
    expect(fs.existsSync(path.join(dataDir, "bin", "livekit-server"))).toBe(false);
    fs.rmSync(dataDir, { recursive: true, force: true });
  }, 180_000);

  it("right after the LiveKit server started: the server is stopped too", async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "harbor-startstop-server-"));
    fs.symlinkSync(path.resolve(".data", "bin"), path.join(dataDir, "bin"));
    await startThenStop(dataDir, /LiveKit server on ws:/);
    await expect.poll(() => running(path.join(dataDir, "livekit", "config.yaml")), { timeout: 10_000 }).toBe("");
    fs.rmSync(dataDir, { recursive: true, force: true });
  }, 180_000);
});
