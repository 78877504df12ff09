/** Which statuses leave a session open (a call can be joined, an outcome recorded): safe for the browser too. */
import type { AppointmentStatus } from "@/lib/generated/prisma/enums";

export const OPEN_STATUSES = ["booked", "in_progress"] as const satisfies readonly AppointmentStatus[];

export function isOpenStatus(status: AppointmentStatus): boolean {
  return (OPEN_STATUSES as readonly AppointmentStatus[]).includes(status);
}
