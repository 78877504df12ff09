/**
 * The Postgres-backed job queue (pg-boss). Web processes only enqueue; worker processes
 * (scripts/worker.ts, started by `npm start`) run the handlers, and any number of them can share a
 * queue because pg-boss claims jobs with SKIP LOCKED.
 *
 * Jobs are enqueued inside the transaction that causes them (`enqueue(tx, …)`), so a booking and its
 * reminders commit or roll back together: no reminder for a booking that failed, no booking
 * without its reminders.
 */
import PgBoss from "pg-boss";
import { env } from "@/lib/env";

export const QUEUES = {
  deliverEmail: "email.deliver",
  remind: "appointment.remind",
  refreshSlots: "catalogue.refresh-slots",
  closeCall: "call.close",
  nudgeUnread: "chat.nudge-unread",
  remindOpenSessions: "sessions.remind-open",
  askNps: "feedback.ask-nps",
  releaseReports: "reports.release",
  rotateKeys: "crypto.rotate-keys",
  forgetReceipts: "jobs.forget-receipts",
  nudgeLate: "sessions.nudge-late",
} as const;
/** HR figures were rolled up on every change until decision 0007 replaced it with monthly releases. */
const RETIRED_QUEUES = ["reports.roll-up", "reports.refresh-periods"];

export type QueueName = (typeof QUEUES)[keyof typeof QUEUES];

export interface JobData {
  "email.deliver": { emailId: string };
  "appointment.remind": { appointmentId: string; startsAt: string; before: "24h" | "1h" };
  "catalogue.refresh-slots": Record<string, never>;
  "call.close": { appointmentId: string };
  "chat.nudge-unread": { messageId: string };
  "sessions.remind-open": Record<string, never>;
  "feedback.ask-nps": Record<string, never>;
  "reports.release": Record<string, never>;
  "crypto.rotate-keys": Record<string, never>;
  "jobs.forget-receipts": Record<string, never>;
  "sessions.nudge-late": Record<string, never>;
}

/** Retries after a job's first attempt fails, with exponential backoff from 30 s: about 15 minutes in all. */
export const JOB_RETRY_LIMIT = 5;

/**
 * An e-mail job still active after a minute is presumed to have lost its worker (killed, host gone)
 * and is retried. Sending is capped well below it (deliver-email's SMTP timeouts), so a live worker
 * is never overtaken; the e-mail row's claim uses the same span.
 */
export const EMAIL_JOB_EXPIRY_SECONDS = 60;

/** How often a worker looks for jobs whose worker died (pg-boss's maintenance; its default is 2 minutes). */
export const JOB_MAINTENANCE_SECONDS = 30;

const QUEUE_SETTINGS: Partial<Record<QueueName, { expireInSeconds: number }>> = {
  [QUEUES.deliverEmail]: { expireInSeconds: EMAIL_JOB_EXPIRY_SECONDS },
};

let started: Promise<PgBoss> | undefined;

/** This process's pg-boss, started once; `worker` also runs maintenance and cron schedules. */
export function boss(options: { worker?: boolean } = {}): Promise<PgBoss> {
  started ??= (async () => {
    const instance = new PgBoss({
      connectionString: env().DATABASE_URL,
      max: options.worker ? 4 : 2,
      supervise: options.worker ?? false,
      schedule: options.worker ?? false,
      retryLimit: JOB_RETRY_LIMIT,
      retryBackoff: true,
      retryDelay: 30,
      maintenanceIntervalSeconds: JOB_MAINTENANCE_SECONDS,
    });
    instance.on("error", (error) => console.error("[jobs]", error));
    await instance.start();
    for (const name of Object.values(QUEUES)) await ensureQueue(instance, name);
    // Queues an earlier Harbor scheduled and this one no longer works: their schedules would pile up jobs nobody takes.
    for (const retired of RETIRED_QUEUES) if (await instance.getQueue(retired)) await instance.deleteQueue(retired).catch(() => undefined);
    return instance;
  })();
  return started;
}

async function ensureQueue(instance: PgBoss, name: QueueName): Promise<void> {
  const settings: PgBoss.Queue = { name, ...QUEUE_SETTINGS[name] };
  const existing = await instance.getQueue(name);
  if (!existing)
    await instance.createQueue(name, settings).catch(() => undefined); // another process may win the race
  else if (settings.expireInSeconds !== undefined && existing.expireInSeconds !== settings.expireInSeconds) await instance.updateQueue(name, settings);
}

export async function stopBoss(): Promise<void> {
  if (!started) return;
  const instance = await started;
  started = undefined;
  await instance.stop({ graceful: true, wait: true, timeout: 10_000 });
}
