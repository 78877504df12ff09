/** Loads what computeSlots needs for many psychologists at once: four queries, whatever the count. */
import { db } from "@/lib/db/client";
import type { AvailabilityInput } from "./compute-slots";


export async function loadAvailability(profileIds: string[], range: { from: Date; until: Date }): Promise<Map<string, AvailabilityInput>> {
  if (profileIds.length === 0) return new Map();
  const fromDay = new Date(range.from.getTime() - 86_400_000);
  const untilDay = new Date(range.until.getTime() + 86_400_000);
  const [profiles, rules, exceptions, appointments] = await Promise.all([
    db().psychologistProfile.findMany({
      where: { id: { in: profileIds } },
      select: { id: true, timeZone: true, sessionMinutes: true, bufferMinutes: true, minNoticeMinutes: true },
    }),
    db().availabilityRule.findMany({ where: { profileId: { in: profileIds } } }),
    db().availabilityException.findMany({ where: { profileId: { in: profileIds }, date: { gte: fromDay, lte: untilDay } } }),
    // Every appointment that still holds time, exactly as the exclusion constraint sees it.
    db().appointment.findMany({
      where: { psychologistId: { in: profileIds }, status: { not: "cancelled" }, endsAt: { gt: fromDay }, startsAt: { lt: untilDay } },
      select: { id: true, psychologistId: true, startsAt: true, endsAt: true },
    }),
  ]);
  const byProfile = new Map<string, AvailabilityInput>();
  for (const p of profiles) {
    byProfile.set(p.id, {
      policy: { timeZone: p.timeZone, sessionMinutes: p.sessionMinutes, bufferMinutes: p.bufferMinutes, minNoticeMinutes: p.minNoticeMinutes },
      rules: [],
      exceptions: [],
      busy: [],
    });
  }
  for (const r of rules) byProfile.get(r.profileId)?.rules.push(r);
  for (const e of exceptions) byProfile.get(e.profileId)?.exceptions.push(e);
  for (const a of appointments) byProfile.get(a.psychologistId)?.busy.push({ id: a.id, start: a.startsAt, end: a.endsAt });
  return byProfile;
}
