/**
 * A worker killed mid-job: the job runs again once, not twice. A real worker process (scripts/worker.ts)
 * sends an e-mail to an SMTP server that takes the message and never answers the final "."; the test
 * kills the worker with SIGKILL there, and a second worker delivers the e-mail exactly once.
 *
 * The queue's timings are a minute's expiry and a 30–60 s retry backoff. Instead of waiting them out,
 * the test moves the clock on: pg-boss (10.x) and the e-mail claim compare stored times with now(), so
 * moving those times back is the minute passing.
 */
import { spawn, type ChildProcess } from "node:child_process";
import pg from "pg";
import PgBoss from "pg-boss";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it, inject } from "vitest";
import { EMAIL_JOB_EXPIRY_SECONDS } from "@/lib/jobs/boss";
import { applyPendingMigrations } from "@/tooling/db/migrations";
import { scratchDatabase } from "../support/test-database";

interface Received {
  to: string[];
  messageId: string | undefined;
  acknowledged: boolean;
}

const received: Received[] = [];
/** While true, the server reads a message to its end and never answers: a worker waits there, mid-send. */
let stallAfterData = true;
const smtp = new SMTPServer({
  authOptional: true,
  disabledCommands: ["STARTTLS"],
  logger: false,
  onData(stream, session, callback) {
    let raw = "";
    stream.on("data", (chunk: Buffer) => (raw += chunk.toString()));
    stream.on("end", () => {
      const entry: Received = {
        to: session.envelope.rcptTo.map((r) => r.address),
        messageId: /^message-id:\s*(\S+)/im.exec(raw)?.[1],
        acknowledged: !stallAfterData,
      };
      received.push(entry);
      if (entry.acknowledged) callback();
    });
  },
});

let scratch: Awaited<ReturnType<typeof scratchDatabase>>;
let sql: pg.Client;
let queue: PgBoss;
const workers: ChildProcess[] = [];
let smtpPort = 0;

beforeAll(async () => {
  scratch = await scratchDatabase(inject("adminDatabaseUrl"), "worker_crash");
  await applyPendingMigrations(scratch.url);
  sql = new pg.Client({ connectionString: scratch.url });
  await sql.connect();
  await new Promise<void>((resolve) => smtp.listen(0, "127.0.0.1", resolve));
  smtpPort = (smtp.server.address() as { port: number }).port;
});

afterAll(async () => {
  for (const worker of workers) worker.kill("SIGKILL");
  await queue?.stop({ graceful: false, wait: true });
  await sql?.end();
  await new Promise<void>((resolve) => smtp.close(resolve));
  await scratch?.drop();
});

const processEnv = () => ({ ...process.env, DATABASE_URL: scratch.url, SMTP_URL: `smtp://127.0.0.1:${smtpPort}` });

function runToCompletion(script: string): Promise<string> {
  const child = spawn(process.execPath, ["--import", "tsx", script], { env: processEnv(), stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
  return new Promise((resolve, reject) => child.once("exit", (code) => (code === 0 ? resolve(output) : reject(new Error(output)))));
}

async function startWorker(): Promise<{ process: ChildProcess; log: () => string }> {
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/worker.ts"], { env: processEnv(), stdio: ["ignore", "pipe", "pipe"] });
  workers.push(child);
  let log = "";
  child.stdout.on("data", (chunk: Buffer) => (log += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (log += chunk.toString()));
  await expect.poll(() => log.includes("waiting for jobs") || child.exitCode !== null, { timeout: 60_000 }).toBe(true);
  expect(child.exitCode, log).toBeNull();
  return { process: child, log: () => log };
}

async function jobOf(emailId: string): Promise<{ state: string; retry_count: number; output: unknown }> {
  const { rows } = await sql.query("SELECT state, retry_count, output FROM pgboss.job WHERE name = 'email.deliver' AND data->>'emailId' = $1", [emailId]);
  expect(rows).toHaveLength(1);
  return rows[0];
}

async function emailRow(emailId: string) {
  const { rows } = await sql.query("SELECT status, attempts, claimed_at, sent_at FROM emails WHERE id = $1", [emailId]);
  return rows[0] as { status: string; attempts: number; claimed_at: Date | null; sent_at: Date | null };
}

/** The clock moving on by `seconds` for the queue and the e-mail claim. */
async function advanceClock(seconds: number) {
  const by = `${seconds} seconds`;
  await sql.query("UPDATE pgboss.job SET started_on = started_on - $1::interval, start_after = start_after - $1::interval WHERE name = 'email.deliver'", [by]);
  await sql.query("UPDATE emails SET claimed_at = claimed_at - $1::interval WHERE claimed_at IS NOT NULL", [by]);
}

describe("a worker killed while sending an e-mail", () => {
  it("leaves the job to run again once: a second worker delivers the e-mail exactly once", async () => {
    const { emailId, to } = JSON.parse((await runToCompletion("tests/support/queue-email-process.ts")).trim().split("\n").at(-1)!) as {
      emailId: string;
      to: string;
    };

    // The first worker claims the e-mail and sends it; the server has the message but never says "250".
    const first = await startWorker();
    await expect.poll(() => received.length, { timeout: 30_000 }).toBe(1);
    expect(await emailRow(emailId)).toMatchObject({ status: "queued", attempts: 1 });
    expect((await emailRow(emailId)).claimed_at).not.toBeNull();
    expect((await jobOf(emailId)).state).toBe("active");
    first.process.kill("SIGKILL");
    await new Promise((resolve) => first.process.once("exit", resolve));

    // A second worker starts at once. The job is still within its expiry (its worker might only be
    // slow), so nothing is sent again yet.
    stallAfterData = false;
    const second = await startWorker();
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    expect(received).toHaveLength(1);
    expect((await jobOf(emailId)).state).toBe("active");

    // The expiry passes and maintenance (the next round, run now) hands the job back to the queue.
    await advanceClock(EMAIL_JOB_EXPIRY_SECONDS + 1);
    queue = new PgBoss({ connectionString: scratch.url, supervise: false, schedule: false, max: 1 });
    await queue.start();
    await queue.maintain();
    expect(await jobOf(emailId)).toMatchObject({ state: "retry", output: { value: { message: "job failed by timeout in active state" } } });

    // The retry's backoff (at most a minute) passes: the second worker takes the job and delivers once.
    await advanceClock(61);
    await expect.poll(() => received.length, { timeout: 30_000 }).toBe(2);
    await expect.poll(async () => (await jobOf(emailId)).state, { timeout: 10_000 }).toBe("completed");
    expect((await jobOf(emailId)).retry_count).toBe(1);
    expect(await emailRow(emailId)).toMatchObject({ status: "sent", attempts: 2, claimed_at: null });
    expect(second.log()).toContain(`e-mail ${emailId}: sent`);

    const [unanswered, delivered] = received;
    expect(unanswered).toMatchObject({ to: [to], acknowledged: false });
    expect(delivered).toMatchObject({ to: [to], acknowledged: true });
    // One Message-ID for both, so a server that did keep the unanswered copy can tell them apart from two e-mails.
    expect(delivered!.messageId).toBe(unanswered!.messageId);
    expect(delivered!.messageId).toContain(emailId);

    // And nothing more: the retry ran once.
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    expect(received).toHaveLength(2);
  }, 150_000);
});
