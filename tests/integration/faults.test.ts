/**
 * Faults the real world brings: the database restarted under traffic. A process of its own books and
 * chats against a Postgres this test owns, which is stopped and started again meanwhile.
 */
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { applyPendingMigrations } from "@/tooling/db/migrations";
import { startEmbeddedPostgres, type EmbeddedPostgres } from "@/tooling/db/embedded-postgres";

const cleanups: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
});

interface Attempt {
  kind: "booking" | "message";
  at: number;
  id?: string;
  refusal?: string;
}

describe("the database restarting while bookings and messages flow", () => {
  it("loses no confirmed booking or message, tells people plainly meanwhile, and recovers without a restart", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "harbor-fault-pg-"));
    fs.chmodSync(dir, 0o755);
    let server: EmbeddedPostgres = await startEmbeddedPostgres({ dataDir: path.join(dir, "pg"), port: 0 });
    cleanups.push(async () => {
      await server.stop();
      fs.rmSync(dir, { recursive: true, force: true });
    });
    const admin = new pg.Client({ connectionString: server.adminUrl });
    await admin.connect();
    await admin.query("CREATE DATABASE harbor_fault");
    await admin.end();
    const url = server.urlFor("harbor_fault");
    await applyPendingMigrations(url);

    const child = spawn(process.execPath, ["--import", "tsx", "tests/support/fault-traffic-process.ts", "16"], {
      env: { ...process.env, DATABASE_URL: url },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.once("exit", resolve));
    await expect.poll(() => output.includes('"ready":true'), { timeout: 60_000 }).toBe(true);

    await new Promise((resolve) => setTimeout(resolve, 3_000));
    const port = server.port;
    const stoppedAt = Date.now();
    await server.stop();
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    server = await startEmbeddedPostgres({ dataDir: path.join(dir, "pg"), port });
    const restartedAt = Date.now();
    expect(server.port).toBe(port);

    expect(await exited, output).toBe(0);
    const { attempts } = JSON.parse(output.trim().split("\n").at(-1)!) as { attempts: Attempt[] };
    const confirmed = attempts.filter((a) => a.id);
    const refused = attempts.filter((a) => a.refusal);

    // Meanwhile: every refusal is the plain "restarting, try again" — no reference number, no stack.
    expect(refused.length).toBeGreaterThan(0);
    expect([...new Set(refused.map((a) => a.refusal))]).toEqual(["unavailable: errors.databaseUnavailable"]);
    // Afterwards: both kinds succeed again in the same process.
    for (const kind of ["booking", "message"] as const) {
      expect(
        confirmed.some((a) => a.kind === kind && a.at > restartedAt + 500),
        `${kind} after the restart`,
      ).toBe(true);
      expect(
        confirmed.some((a) => a.kind === kind && a.at < stoppedAt),
        `${kind} before the stop`,
      ).toBe(true);
    }
    // Nothing confirmed is missing.
    const check = new pg.Client({ connectionString: url });
    await check.connect();
    const ids = (kind: Attempt["kind"]) => confirmed.filter((a) => a.kind === kind).map((a) => a.id!);
    const bookings = await check.query("SELECT count(*)::int AS n FROM appointments WHERE id = ANY($1::uuid[])", [ids("booking")]);
    const messages = await check.query("SELECT count(*)::int AS n FROM messages WHERE id = ANY($1::bigint[])", [ids("message")]);
    await check.end();
    expect(bookings.rows[0].n).toBe(ids("booking").length);
    expect(messages.rows[0].n).toBe(ids("message").length);
  }, 180_000);
});
