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
}

/** Retries after a job's first attempt fails, with exponential backoff from 30 s: about 15 minutes in all. */
export const JOB_RETRY_LIMIT = 5;

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
    });
    instance.on("error", (error) => console.error("[jobs]", error));
    await instance.start();
    for (const name of Object.values(QUEUES)) {
      if (!(await instance.getQueue(name))) await instance.createQueue(name).catch(() => undefined); // another process may win the race
    }
    // Queues an earlier Harbor scheduled and this one no longer works: their schedules would pile up jobs nobody takes.
    for (const retired of RETIRED_QUEUES) if (await instance.getQueue(retired)) await instance.deleteQueue(retired).catch(() => undefined);
    return instance;
  })();
  return started;
}

export async function stopBoss(): Promise<void> {
  if (!started) return;
  const instance = await started;
  started = undefined;
  await instance.stop({ graceful: true, wait: true, timeout: 10_000 });
}
