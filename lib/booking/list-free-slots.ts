/** One psychologist's bookable slots, computed live from their rules, exceptions and appointments. */
import { computeSlots, type Slot } from "./compute-slots";
import { BOOKING_HORIZON_DAYS } from "./horizon";
import { loadAvailability } from "./load-availability";

export async function listFreeSlots(profileId: string, options: { now?: Date; days?: number; limit?: number } = {}): Promise<Slot[]> {
  const now = options.now ?? new Date();
  const until = new Date(now.getTime() + Math.min(options.days ?? BOOKING_HORIZON_DAYS, BOOKING_HORIZON_DAYS) * 86_400_000);
  const input = (await loadAvailability([profileId], { from: now, until })).get(profileId);
  return input ? computeSlots(input, { now, until, limit: options.limit }) : [];
}
