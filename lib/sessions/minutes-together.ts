/** The columns the call's webhooks fill, for selects that show how long a session really lasted. */
export const PRESENCE_SELECT = { employeeJoinedAt: true, employeeLeftAt: true, psychologistJoinedAt: true, psychologistLeftAt: true } as const;

/** From the later first arrival to the earlier last departure: the real length of the meeting. */
export function minutesTogether(a: {
  employeeJoinedAt: Date | null;
  employeeLeftAt: Date | null;
  psychologistJoinedAt: Date | null;
  psychologistLeftAt: Date | null;
}): number | null {
  if (!a.employeeJoinedAt || !a.psychologistJoinedAt || !a.employeeLeftAt || !a.psychologistLeftAt) return null;
  const start = Math.max(a.employeeJoinedAt.getTime(), a.psychologistJoinedAt.getTime());
  const end = Math.min(a.employeeLeftAt.getTime(), a.psychologistLeftAt.getTime());
  return end > start ? Math.round((end - start) / 60_000) : 0;
}
