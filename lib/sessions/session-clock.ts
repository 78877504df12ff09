/**
 * Where a session's time stands, for the clock both sides see: before the start, running (time
 * together and time left, with a gentle notice in the last five minutes), in the grace time after
 * the end while the call stays open, or closed. Pure, so the browser's clock can drive it.
 */
export const END_NOTICE_MINUTES = 5;
/** Minutes after the start when a side still missing counts as late: the other is told, and they are sent a link. */
export const LATE_AFTER_MINUTES = 5;

export type SessionClock =
  | { phase: "before"; startsInMinutes: number }
  | { phase: "running"; elapsedSeconds: number; leftMinutes: number; endingSoon: boolean }
  | { phase: "grace"; closesInMinutes: number }
  | { phase: "closed" };

export function sessionClockAt(now: number, times: { startsAt: number; endsAt: number; closesAt: number }): SessionClock {
  if (now < times.startsAt) return { phase: "before", startsInMinutes: Math.ceil((times.startsAt - now) / 60_000) };
  if (now < times.endsAt) {
    const leftMinutes = Math.ceil((times.endsAt - now) / 60_000);
    return { phase: "running", elapsedSeconds: Math.floor((now - times.startsAt) / 1000), leftMinutes, endingSoon: leftMinutes <= END_NOTICE_MINUTES };
  }
  if (now < times.closesAt) return { phase: "grace", closesInMinutes: Math.ceil((times.closesAt - now) / 60_000) };
  return { phase: "closed" };
}

/** Minutes and seconds, as a stopwatch shows them: 7:05, 52:40, 1:02:03. */
export function stopwatch(totalSeconds: number): string {
  const hours = Math.floor(totalSeconds / 3600);
  const minutes = Math.floor((totalSeconds % 3600) / 60);
  const seconds = String(totalSeconds % 60).padStart(2, "0");
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, "0")}:${seconds}` : `${minutes}:${seconds}`;
}
