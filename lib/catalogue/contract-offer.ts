/** What an employee's employer bought: the directions and formats the catalogue may offer them. */
import type { Actor } from "@/lib/auth/guard";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { Direction, SessionFormat } from "@/lib/generated/prisma/enums";

export interface ContractOffer {
  directions: Direction[];
  formats: SessionFormat[];
}

export async function getContractOffer(actor: Actor): Promise<ContractOffer> {
  if (actor.role !== "employee" || !actor.tenantId) throw new AppError("forbidden", "errors.access.catalogue");
  const contract = await db().contract.findUnique({ where: { tenantId: actor.tenantId }, select: { directions: true, formats: true } });
  if (!contract || contract.directions.length === 0 || contract.formats.length === 0) {
    throw new AppError("unavailable", "errors.booking.programmeNotReady");
  }
  return contract;
}

/** The catalogue's rule: a profile is in the programme when it shares a direction and a format with it. */
export function isInProgramme(offer: ContractOffer, profile: ContractOffer): boolean {
  return profile.directions.some((d) => offer.directions.includes(d)) && profile.formats.some((f) => offer.formats.includes(f));
}

/** The same rule as a query: the profiles an employee of this programme may see (profile, photo, booking). */
export function inProgrammeWhere(offer: ContractOffer) {
  return { status: "published" as const, directions: { hasSome: offer.directions }, formats: { hasSome: offer.formats } };
}
