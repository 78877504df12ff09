/**
 * A psychologist's public profile as an employee sees it: verified qualifications only, live free
 * slots, and approved reviews dated to the month with nothing about who wrote them or their employer.
 */
import { openReviewText } from "@/lib/feedback/review-text";
import { z } from "zod";
import type { Actor } from "@/lib/auth/guard";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { listFreeSlots } from "@/lib/booking/list-free-slots";
import { getContractOffer, inProgrammeWhere } from "./contract-offer";
import { photoUrlOf, ratingOf, withinOffer, type PsychologistCard } from "./profile-card";

export const PROFILE_SLOT_DAYS = 14;
const REVIEWS_SHOWN = 20;

export interface PsychologistProfileView extends PsychologistCard {
  longBio: string;
  methods: string[];
  sessionMinutes: number;
  timeZone: string;
  qualifications: { kind: string; title: string; institution: string; year: number | null }[];
  slots: { start: string; end: string }[];
  reviews: { rating: number; comment: string | null; month: string }[];
}

export async function getPsychologistProfile(actor: Actor, profileId: string, now = new Date()): Promise<PsychologistProfileView> {
  const offer = await getContractOffer(actor);
  const notFound = new AppError("not_found", "errors.catalogue.notInCatalogue");
  if (!z.uuid().safeParse(profileId).success) throw notFound;
  const profile = await db().psychologistProfile.findFirst({
    where: { id: profileId, ...inProgrammeWhere(offer) },
    include: {
      qualifications: { where: { status: "verified" }, orderBy: [{ year: "desc" }], select: { kind: true, title: true, institution: true, year: true } },
      feedback: {
        where: { reviewStatus: "approved" },
        orderBy: [{ publishedMonth: "desc" }, { id: "asc" }],
        take: REVIEWS_SHOWN,
        select: { id: true, rating: true, commentSealed: true, publishedMonth: true },
      },
    },
  });
  if (!profile) throw notFound;
  const slots = await listFreeSlots(profile.id, { now, days: PROFILE_SLOT_DAYS });
  return {
    id: profile.id,
    displayName: profile.displayName,
    photoUrl: photoUrlOf(profile.id, profile.photoUpdatedAt),
    shortBio: profile.shortBio,
    bioLanguage: profile.bioLanguage,
    longBio: profile.longBio,
    experienceYears: profile.experienceYears,
    ...withinOffer(profile, offer),
    languages: profile.languages,
    topics: profile.topics,
    methods: profile.methods,
    sessionMinutes: profile.sessionMinutes,
    timeZone: profile.timeZone,
    rating: ratingOf(profile.ratingSum, profile.ratingCount),
    verified: profile.qualifications.length > 0,
    nextSlot: slots[0]?.start.toISOString() ?? null,
    qualifications: profile.qualifications,
    slots: slots.map((s) => ({ start: s.start.toISOString(), end: s.end.toISOString() })),
    reviews: profile.feedback.map((f) => ({ rating: f.rating, comment: openReviewText(f), month: f.publishedMonth.toISOString().slice(0, 7) })),
  };
}
