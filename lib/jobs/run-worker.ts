/** The job handlers, registered on this process's pg-boss. scripts/worker.ts runs this. */
import { refreshNextSlots } from "@/lib/catalogue/refresh-next-slots";
import { nudgeUnreadMessages } from "@/lib/chat/nudge-unread";
import { closeCallRoom } from "@/lib/sessions/close-call-room";
import { remindOpenSessions } from "@/lib/sessions/remind-open-sessions";
import { nudgeLateArrivals } from "@/lib/sessions/nudge-late-arrivals";
import { deliverEmail } from "@/lib/notifications/deliver-email";
import { sendReminder } from "@/lib/notifications/send-reminder";
import { askDueNpsQuestions } from "@/lib/feedback/nps";
import { raiseActivityAlerts } from "@/lib/reports/activity-alerts";
import { releaseAllDueMonths } from "@/lib/reports/release";
import { pgPool } from "@/lib/db/pg-pool";
import { rotateAllKeys } from "@/lib/key-rotation/rotate-keys";
import { boss, QUEUES, type JobData } from "./boss";
import { forgetOldReceipts } from "./receipts";

export async function runWorker(log: (line: string) => void): Promise<void> {
  const queue = await boss({ worker: true });
  // A worker that starts, often one restarted after a crash, first hands jobs whose worker died back
  // to the queue, instead of waiting for the next maintenance round.
  await queue.maintain();
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
  await queue.work<JobData["call.close"]>(QUEUES.closeCall, { pollingIntervalSeconds: 5 }, async (jobs) => {
    for (const job of jobs) log(`call room ${job.data.appointmentId}: ${await closeCallRoom(job.data.appointmentId)}`);
  });
  // Unread messages are checked every minute, so the e-mail leaves between 15 and 16 minutes after.
  await queue.schedule(QUEUES.nudgeUnread, "* * * * *", {}, { singletonKey: "nudge" });
  await queue.work(QUEUES.nudgeUnread, async () => {
    const sent = await nudgeUnreadMessages();
    if (sent) log(`sent ${sent} unread-message e-mails`);
  });
  // Checked every minute: the missing side of a call hears within a minute of it being five minutes late.
  await queue.schedule(QUEUES.nudgeLate, "* * * * *", {}, { singletonKey: "late" });
  await queue.work(QUEUES.nudgeLate, async () => {
    const nudged = await nudgeLateArrivals();
    if (nudged) log(`sent ${nudged} late arrivals into their session's room`);
  });
  await queue.schedule(QUEUES.remindOpenSessions, "7 * * * *", {}, { singletonKey: "open-sessions" });
  await queue.work(QUEUES.remindOpenSessions, async () => {
    const reminded = await remindOpenSessions();
    if (reminded) log(`reminded psychologists of ${reminded} unrecorded sessions`);
  });
  await queue.schedule(QUEUES.askNps, "*/5 * * * *", {}, { singletonKey: "nps" });
  await queue.work(QUEUES.askNps, async () => {
    const asked = await askDueNpsQuestions();
    if (asked) log(`asked ${asked} employees the programme question`);
  });
  // HR figures are released once per closed month (decision 0007); the check is cheap, so it runs
  // hourly and a month appears within the hour its release day begins, in every tenant's zone. The
  // same job looks for bursts of records an employer could be manufacturing.
  await queue.schedule(QUEUES.releaseReports, "3 * * * *", {}, { singletonKey: "release" });
  await queue.work(QUEUES.releaseReports, async () => {
    const released = await releaseAllDueMonths();
    if (released) log(`released ${released} months of HR figures`);
    const alerts = await raiseActivityAlerts();
    if (alerts) log(`raised ${alerts} activity alerts for the platform admin`);
  });
  // Rows still under an older encryption key are re-encrypted in the background: hourly, at every
  // worker start (a deploy with a new key first in ENCRYPTION_KEYS begins at once), and on the
  // platform admin's request (/admin/keys).
  await queue.schedule(QUEUES.rotateKeys, "23 * * * *", {}, { singletonKey: "rotate" });
  await queue.work(QUEUES.rotateKeys, async () => {
    const rotated = await rotateAllKeys(pgPool());
    if (rotated) log(`re-encrypted ${rotated} rows under the current key`);
  });
  await queue.send(QUEUES.rotateKeys, {}, { singletonKey: "rotate" });
  await queue.schedule(QUEUES.forgetReceipts, "41 4 * * *", {}, { singletonKey: "receipts" });
  await queue.work(QUEUES.forgetReceipts, async () => {
    const forgotten = await forgetOldReceipts();
    if (forgotten) log(`forgot ${forgotten} job receipts older than 30 days`);
  });
}
