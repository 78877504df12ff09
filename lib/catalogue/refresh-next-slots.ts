/**
 * Keeps psychologist_profiles.next_slot_at current enough to filter and sort the catalogue in SQL.
 *
 * A row is stale when it was never checked (or a booking, cancellation or availability edit cleared
 * slots_checked_at), when its slot has slipped inside the minimum notice, or when it was checked so
 * long ago that the booking horizon has moved. Stale rows are locked with SKIP LOCKED while they are
 * recomputed: a booking clears slots_checked_at in its own transaction, so it either waits for this
 * one and marks the row stale again, or holds the row and this refresh leaves it for the next call.
 */
import { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db/client";
import type { SqlRunner } from "@/lib/db/sql";
import { computeSlots } from "@/lib/booking/compute-slots";
import { BOOKING_HORIZON_DAYS } from "@/lib/booking/horizon";
import { loadAvailability } from "@/lib/booking/load-availability";

const RECHECK_AFTER_MINUTES = 60;

export async function refreshNextSlots(now = new Date()): Promise<number> {
  const checkedBefore = new Date(now.getTime() - RECHECK_AFTER_MINUTES * 60_000);
  const isStale = Prisma.sql`status = 'published'
    AND (slots_checked_at IS NULL OR slots_checked_at < ${checkedBefore}
         OR next_slot_at < ${now}::timestamptz + make_interval(mins => min_notice_minutes))`;
  // Most calls find nothing stale: one plain query, no transaction.
  const [{ any }] = await db().$queryRaw<[{ any: boolean }]>`SELECT EXISTS (SELECT 1 FROM psychologist_profiles WHERE ${isStale}) AS any`;
  if (!any) return 0;
  return db().$transaction(
    async (tx) => {
      const stale = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM psychologist_profiles WHERE ${isStale} FOR UPDATE SKIP LOCKED`;
      if (stale.length === 0) return 0;
      const ids = stale.map((row) => row.id);
      const until = new Date(now.getTime() + BOOKING_HORIZON_DAYS * 86_400_000);
      const availability = await loadAvailability(ids, { from: now, until });
      const nextSlots = ids.map((id) => {
        const input = availability.get(id);
        return input ? (computeSlots(input, { now, until, limit: 1 })[0]?.start.toISOString() ?? null) : null;
      });
      await tx.$executeRaw`
        UPDATE psychologist_profiles AS p
        SET next_slot_at = v.next_slot_at, slots_checked_at = ${now}
        FROM unnest(${ids}::uuid[], ${nextSlots}::timestamptz[]) AS v(id, next_slot_at)
        WHERE p.id = v.id`;
      return ids.length;
    },
    { maxWait: 15_000, timeout: 60_000 },
  );
}

/** Marks a psychologist's cached next slot stale; call inside the transaction that changed their time. */
export async function invalidateNextSlot(run: SqlRunner, profileId: string): Promise<void> {
  await run.execute(Prisma.sql`UPDATE psychologist_profiles SET slots_checked_at = NULL WHERE id = ${profileId}::uuid`);
}
