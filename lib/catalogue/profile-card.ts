/** Shapes shared by catalogue cards and profile pages. */
import type { Direction, SessionFormat } from "@/lib/generated/prisma/enums";
import type { ContractOffer } from "./contract-offer";

export interface Rating {
  average: number;
  count: number;
}

export interface PsychologistCard {
  id: string;
  displayName: string;
  photoUrl: string | null;
  shortBio: string;
  /** The language the bios are written in (ISO 639-1), when the psychologist said. */
  bioLanguage: string | null;
  experienceYears: number;
  /** Only what the employee's contract includes. */
  directions: Direction[];
  formats: SessionFormat[];
  languages: string[];
  topics: string[];
  rating: Rating | null;
  verified: boolean;
  /** ISO instant of the earliest bookable slot within the booking horizon. */
  nextSlot: string | null;
}

export function ratingOf(sum: number, count: number): Rating | null {
  return count > 0 ? { average: Math.round((sum / count) * 10) / 10, count } : null;
}

export function photoUrlOf(profileId: string, photoUpdatedAt: Date | null): string | null {
  return photoUpdatedAt ? `/api/v1/psychologists/${profileId}/photo?v=${photoUpdatedAt.getTime()}` : null;
}

export function withinOffer<T extends { directions: Direction[]; formats: SessionFormat[] }>(profile: T, offer: ContractOffer) {
  return { directions: profile.directions.filter((d) => offer.directions.includes(d)), formats: profile.formats.filter((f) => offer.formats.includes(f)) };
}
