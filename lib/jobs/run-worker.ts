/** The job handlers, registered on this process's pg-boss. scripts/worker.ts runs this. */
import { refreshNextSlots } from "@/lib/catalogue/refresh-next-slots";
import { deliverEmail } from "@/lib/notifications/deliver-email";
import { sendReminder } from "@/lib/notifications/send-reminder";
import { boss, QUEUES, type JobData } from "./boss";

export async function runWorker(log: (line: string) => void): Promise<void> {
  const queue = await boss({ worker: true });
  await queue.work<JobData["email.deliver"]>(QUEUES.deliverEmail, { pollingIntervalSeconds: 2, batchSize: 5 }, async (jobs) => {
    for (const job of jobs) log(`e-mail ${job.data.emailId}: ${await deliverEmail(job.data.emailId)}`);
  });
  await queue.work<JobData["appointment.remind"]>(QUEUES.remind, { pollingIntervalSeconds: 2, batchSize: 5 }, async (jobs) => {
    for (const job of jobs) log(`reminder ${job.data.before} for ${job.data.appointmentId}: ${await sendReminder(job.data)}`);
  });
  // Keeps the catalogue's cached next slots fresh, so employees' requests rarely recompute them.
  await queue.schedule(QUEUES.refreshSlots, "*/5 * * * *", {}, { singletonKey: "refresh" });
  await queue.work(QUEUES.refreshSlots, async () => {
    const refreshed = await refreshNextSlots();
    if (refreshed) log(`refreshed ${refreshed} cached next slots`);
  });
}
