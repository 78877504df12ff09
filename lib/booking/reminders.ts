/** Reminder jobs for an appointment: 24 hours and 1 hour before it starts. */
import type { NewJob } from "@/lib/jobs/enqueue";

const BEFORE = { "24h": 24 * 3_600_000, "1h": 3_600_000 } as const;

/**
 * A reminder whose moment has already passed (a booking made less than 24 hours ahead) runs at
 * once; the handler drops any reminder whose appointment was cancelled or moved meanwhile.
 */
export function reminderJobs(appointment: { id: string; startsAt: Date }, now: Date): NewJob<"appointment.remind">[] {
  return (Object.keys(BEFORE) as (keyof typeof BEFORE)[])
    .filter((before) => before === "24h" || appointment.startsAt.getTime() - BEFORE[before] > now.getTime())
    .map((before) => ({
      name: "appointment.remind" as const,
      data: { appointmentId: appointment.id, startsAt: appointment.startsAt.toISOString(), before },
      startAfter: new Date(Math.max(now.getTime(), appointment.startsAt.getTime() - BEFORE[before])),
    }));
}
