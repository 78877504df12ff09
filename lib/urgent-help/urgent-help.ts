/**
 * What the "I need help now" page shows one person: the emergency number and free crisis lines of
 * their country, their employer's own line if it has one, and the earliest session still free today
 * with a psychologist of their programme. Open to everyone, signed in or not; never behind a quota.
 */
import { DateTime } from "luxon";
import type { Actor } from "@/lib/auth/guard";
import { db } from "@/lib/db/client";
import { inProgrammeWhere, getContractOffer } from "@/lib/catalogue/contract-offer";
import { refreshNextSlots } from "@/lib/catalogue/refresh-next-slots";
import { AppError } from "@/lib/errors";
import { countryForLocale, EMERGENCY_NUMBERS, isCountry, type Country } from "./countries";
import { listCrisisLines, type CrisisLine } from "./crisis-lines";

export interface UrgentHelp {
  country: Country;
  emergency: { number: string; also: readonly string[] };
  lines: CrisisLine[];
  hotline: { name: string; phone: string } | null;
  /** For a signed-in employee: the first free time today (in their zone) with any psychologist of their programme. */
  earliestToday: { profileId: string; psychologistName: string; startsAt: string } | null;
}

export interface UrgentHelpRequest {
  /** The country asked for on the page, if any (unknown codes are ignored). */
  country?: string | null;
  /** A tenant landing's slug, for a visitor who came from it. */
  tenantSlug?: string | null;
  locale: string;
}

interface TenantHelp {
  country: string;
  hotlineName: string | null;
  hotlinePhone: string | null;
}

const TENANT_HELP = { country: true, hotlineName: true, hotlinePhone: true } as const;

export async function getUrgentHelp(actor: Actor | null, request: UrgentHelpRequest, now = new Date()): Promise<UrgentHelp> {
  const tenant = await tenantOf(actor, request.tenantSlug);
  const country: Country = isCountry(request.country) ? request.country : isCountry(tenant?.country) ? tenant.country : countryForLocale(request.locale);
  const emergency: { number: string; also?: readonly string[] } = EMERGENCY_NUMBERS[country];
  const [lines, earliestToday] = await Promise.all([listCrisisLines(country), actor?.role === "employee" ? earliestFreeToday(actor, now) : null]);
  return {
    country,
    emergency: { number: emergency.number, also: emergency.also ?? [] },
    lines,
    hotline: tenant?.hotlineName && tenant.hotlinePhone ? { name: tenant.hotlineName, phone: tenant.hotlinePhone } : null,
    earliestToday,
  };
}

async function tenantOf(actor: Actor | null, slug: string | null | undefined): Promise<TenantHelp | null> {
  // A signed-in person's own employer wins over a landing page they may have followed.
  if (actor?.tenantId) return db().tenant.findUnique({ where: { id: actor.tenantId }, select: TENANT_HELP });
  if (slug && /^[a-z0-9-]{1,40}$/.test(slug)) return db().tenant.findFirst({ where: { slug, status: "active" }, select: TENANT_HELP });
  return null;
}

async function earliestFreeToday(actor: Actor, now: Date): Promise<UrgentHelp["earliestToday"]> {
  let offer;
  try {
    offer = await getContractOffer(actor);
  } catch (error) {
    // A programme not set up yet has no sessions to offer; the numbers above still stand.
    if (error instanceof AppError) return null;
    throw error;
  }
  await refreshNextSlots(now);
  const endOfToday = DateTime.fromJSDate(now).setZone(actor.timeZone).endOf("day").toJSDate();
  const first = await db().psychologistProfile.findFirst({
    where: { ...inProgrammeWhere(offer), nextSlotAt: { gte: now, lte: endOfToday } },
    orderBy: [{ nextSlotAt: "asc" }, { id: "asc" }],
    select: { id: true, displayName: true, nextSlotAt: true },
  });
  return first?.nextSlotAt ? { profileId: first.id, psychologistName: first.displayName, startsAt: first.nextSlotAt.toISOString() } : null;
}
