/**
 * The reminder job: still booked at the same time? Then remind both parties, in the app and by
 * e-mail — once, even when the job runs again because its worker died after committing.
 */
import { db, WRITE_TRANSACTION } from "@/lib/db/client";
import { viaPrisma } from "@/lib/db/sql";
import type { JobData } from "@/lib/jobs/boss";
import { takeReceipt } from "@/lib/jobs/receipts";
import { notifyAppointment } from "./notify-appointment";

export async function sendReminder(job: JobData["appointment.remind"], now = new Date()): Promise<"sent" | "dropped" | "already sent"> {
  return db().$transaction(async (tx) => {
    // Lock the row so a cancellation committing right now is either seen or waits for us.
    const [appointment] = await tx.$queryRaw<
      { id: string }[]
    >`SELECT id FROM appointments WHERE id = ${job.appointmentId}::uuid AND status = 'booked' AND starts_at = ${new Date(job.startsAt)} AND starts_at > ${now} FOR UPDATE`;
    if (!appointment) return "dropped"; // cancelled, moved, or already over
    if (!(await takeReceipt(viaPrisma(tx), `reminder:${job.appointmentId}:${job.startsAt}:${job.before}`))) return "already sent";
    const full = await tx.appointment.findUniqueOrThrow({ where: { id: appointment.id } });
    await notifyAppointment(viaPrisma(tx), full, "reminder", { payload: { before: job.before } });
    return "sent";
  }, WRITE_TRANSACTION);
}
