/**
 * What every booking decision reads: the employer's contract, the psychologist's public profile,
 * and whether a requested start is one of their free slots right now.
 */
import { z } from "zod";
import type { Actor } from "@/lib/auth/guard";
import { sqlRows } from "@/lib/db/sql";
import { Prisma } from "@/lib/generated/prisma/client";
import { AppError } from "@/lib/errors";
import type { Direction, SessionFormat } from "@/lib/generated/prisma/enums";
import { isInProgramme } from "@/lib/catalogue/contract-offer";
import { consume } from "@/lib/security/rate-limit";
import { computeSlots, type Slot } from "./compute-slots";
import { BOOKING_HORIZON_DAYS } from "./horizon";
import { listFreeSlots } from "./list-free-slots";
import { loadAvailability } from "./load-availability";

/** Every booking, move and cancellation spends one of the employee's changes for the hour. */
export async function spendBookingChange(actor: Actor): Promise<void> {
  await consume("bookingChangesPerEmployee", actor.id, "errors.booking.tooManyChanges");
}

interface BookingContextRow {
  tenant_time_zone: string;
  sessions_per_year: number | null;
  year_start_month: number;
  year_start_day: number;
  contract_directions: Direction[];
  contract_formats: SessionFormat[];
  late_cancel_hours: number;
  profile_id: string | null;
  profile_directions: Direction[];
  profile_formats: SessionFormat[];
  session_minutes: number;
  display_name: string;
}

/** The employer's contract and the published specialist, in one query: every booking starts here. */
export async function loadBookingContext(actor: Actor, psychologistId: string) {
  if (actor.role !== "employee" || !actor.tenantId) throw new AppError("forbidden", "errors.access.employeesBook");
  if (!z.uuid().safeParse(psychologistId).success) throw new AppError("not_found", "errors.booking.specialistUnavailable");
  const [row] = await sqlRows<BookingContextRow>(Prisma.sql`
    SELECT t.time_zone AS tenant_time_zone,
           c.sessions_per_year, c.year_start_month, c.year_start_day, c.directions::text[] AS contract_directions, c.formats::text[] AS contract_formats, c.late_cancel_hours,
           p.id AS profile_id, p.directions::text[] AS profile_directions, p.formats::text[] AS profile_formats, p.session_minutes, p.display_name
    FROM tenants t
    LEFT JOIN contracts c ON c.tenant_id = t.id
    LEFT JOIN psychologist_profiles p ON p.id = ${psychologistId}::uuid AND p.status = 'published'
    WHERE t.id = ${actor.tenantId}::uuid`);
  if (!row) throw new Error(`tenant ${actor.tenantId} of a signed-in employee does not exist`);
  if (row.sessions_per_year === null) throw new AppError("unavailable", "errors.booking.programmeNotReady");
  // A specialist outside the programme does not exist for this employee: the same 404 as the
  // catalogue's, rather than a refusal that would name what they offer.
  const offer = { directions: row.contract_directions, formats: row.contract_formats };
  if (row.profile_id === null || !isInProgramme(offer, { directions: row.profile_directions, formats: row.profile_formats })) {
    throw new AppError("not_found", "errors.booking.specialistUnavailable");
  }
  return {
    contract: {
      sessionsPerYear: row.sessions_per_year,
      yearStartMonth: row.year_start_month,
      yearStartDay: row.year_start_day,
      directions: row.contract_directions,
      formats: row.contract_formats,
      lateCancelHours: row.late_cancel_hours,
    },
    tenantTimeZone: row.tenant_time_zone,
    profile: {
      id: row.profile_id,
      directions: row.profile_directions,
      formats: row.profile_formats,
      sessionMinutes: row.session_minutes,
      displayName: row.display_name,
    },
  };
}

/** The direction and format must be offered by both the contract and the psychologist. */
export function checkOffer(context: Awaited<ReturnType<typeof loadBookingContext>>, direction: Direction, format: SessionFormat): void {
  const { contract, profile } = context;
  if (!contract.directions.includes(direction) || !profile.directions.includes(direction)) {
    throw new AppError("unprocessable", "errors.booking.directionUnavailable", {
      params: { direction },
      fields: [{ path: "direction", message: "errors.booking.notAvailable" }],
    });
  }
  if (!contract.formats.includes(format) || !profile.formats.includes(format)) {
    throw new AppError("unprocessable", "errors.booking.formatUnavailable", {
      params: { format },
      fields: [{ path: "format", message: "errors.booking.notAvailable" }],
    });
  }
}

/** The free slot starting at `startsAt`, or a 409 carrying the next free times to choose from. */
export async function requireFreeSlot(psychologistId: string, startsAt: Date, now: Date, ignoreAppointmentId?: string): Promise<Slot> {
  const horizon = new Date(now.getTime() + BOOKING_HORIZON_DAYS * 86_400_000);
  if (startsAt.getTime() >= horizon.getTime()) throw new AppError("unprocessable", "errors.booking.beyondHorizon", { params: { days: BOOKING_HORIZON_DAYS } });
  // Only the requested day matters: slots are laid out per local day from that day's hours.
  const from = new Date(startsAt.getTime() - 86_400_000);
  const until = new Date(Math.min(horizon.getTime(), startsAt.getTime() + 86_400_000));
  const input = (await loadAvailability([psychologistId], { from, until })).get(psychologistId);
  if (!input) throw new AppError("not_found", "errors.booking.specialistUnavailable");
  // When moving an appointment, its own current time does not block the new one.
  if (ignoreAppointmentId) input.busy = input.busy.filter((b) => b.id !== ignoreAppointmentId);
  // Lay out only the requested start's own local day: the grid starts at that day's windows.
  const slot = computeSlots(input, { now, from: startsAt, until: new Date(startsAt.getTime() + 1) }).find((s) => s.start.getTime() === startsAt.getTime());
  if (slot) return slot;
  const fresh = await listFreeSlots(psychologistId, { now, limit: 8 });
  throw new AppError("conflict", "errors.booking.timeGone", { slots: fresh.map((s) => s.start.toISOString()) });
}
