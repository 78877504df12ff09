/**
 * The employee's catalogue: published psychologists offering at least one direction and one format
 * the employer's contract includes, filtered and sorted in SQL over the cached next slot.
 */
import type { Actor } from "@/lib/auth/guard";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { CATALOGUE_PAGE_SIZE, type CatalogueQuery } from "./catalogue-query";
import { getContractOffer } from "./contract-offer";
import { photoUrlOf, ratingOf, withinOffer, type PsychologistCard } from "./profile-card";
import { refreshNextSlots } from "./refresh-next-slots";

export interface CataloguePage {
  items: PsychologistCard[];
  page: number;
  pageSize: number;
  total: number;
  pageCount: number;
}

interface Row {
  id: string;
  display_name: string;
  short_bio: string;
  bio_language: string | null;
  experience_years: number;
  photo_updated_at: Date | null;
  directions: PsychologistCard["directions"];
  formats: PsychologistCard["formats"];
  languages: string[];
  topics: string[];
  rating_sum: number;
  rating_count: number;
  next_slot_at: Date | null;
  verified: boolean;
  total: bigint;
}

const ORDER: Record<CatalogueQuery["sort"], Prisma.Sql> = {
  nearest: Prisma.sql`p.next_slot_at ASC NULLS LAST, p.rating_count DESC, p.id`,
  rating: Prisma.sql`(p.rating_sum::float8 / NULLIF(p.rating_count, 0)) DESC NULLS LAST, p.rating_count DESC, p.id`,
  experience: Prisma.sql`p.experience_years DESC, p.id`,
};

export async function listPsychologists(actor: Actor, query: CatalogueQuery, now = new Date()): Promise<CataloguePage> {
  const offer = await getContractOffer(actor);
  if (query.direction && !offer.directions.includes(query.direction)) {
    throw new AppError("unprocessable", "errors.catalogue.directionNotIncluded", {
      params: { direction: query.direction },
      fields: [{ path: "direction", message: "errors.catalogue.notIncluded" }],
    });
  }
  if (query.format && !offer.formats.includes(query.format)) {
    throw new AppError("unprocessable", "errors.catalogue.formatNotIncluded", {
      params: { format: query.format },
      fields: [{ path: "format", message: "errors.catalogue.notIncluded" }],
    });
  }
  await refreshNextSlots(now);

  const conditions: Prisma.Sql[] = [
    Prisma.sql`p.status = 'published'`,
    Prisma.sql`p.directions && ${offer.directions}::"Direction"[]`,
    Prisma.sql`p.formats && ${offer.formats}::"SessionFormat"[]`,
  ];
  if (query.direction) conditions.push(Prisma.sql`${query.direction}::"Direction" = ANY (p.directions)`);
  if (query.format) conditions.push(Prisma.sql`${query.format}::"SessionFormat" = ANY (p.formats)`);
  if (query.topic) conditions.push(Prisma.sql`${query.topic} = ANY (p.topics)`);
  if (query.language) conditions.push(Prisma.sql`${query.language} = ANY (p.languages)`);
  if (query.gender) conditions.push(Prisma.sql`p.gender = ${query.gender}`);
  if (query.withinDays) conditions.push(Prisma.sql`p.next_slot_at < ${new Date(now.getTime() + query.withinDays * 86_400_000)}`);

  const rows = await db().$queryRaw<Row[]>`
    -- Enum arrays are cast to text[]: the driver parses only built-in array types.
    SELECT p.id, p.display_name, p.short_bio, p.bio_language, p.experience_years, p.photo_updated_at,
           p.directions::text[] AS directions, p.formats::text[] AS formats, p.languages, p.topics, p.rating_sum, p.rating_count, p.next_slot_at,
           EXISTS (SELECT 1 FROM qualifications q WHERE q.profile_id = p.id AND q.status = 'verified') AS verified,
           count(*) OVER () AS total
    FROM psychologist_profiles p
    WHERE ${Prisma.join(conditions, " AND ")}
    ORDER BY ${ORDER[query.sort]}
    LIMIT ${CATALOGUE_PAGE_SIZE} OFFSET ${(query.page - 1) * CATALOGUE_PAGE_SIZE}`;

  const total = rows.length > 0 ? Number(rows[0]!.total) : query.page > 1 ? await countMatching(conditions) : 0;
  return {
    items: rows.map((r) => ({
      id: r.id,
      displayName: r.display_name,
      photoUrl: photoUrlOf(r.id, r.photo_updated_at),
      shortBio: r.short_bio,
      bioLanguage: r.bio_language,
      experienceYears: r.experience_years,
      ...withinOffer(r, offer),
      languages: r.languages,
      topics: r.topics,
      rating: ratingOf(r.rating_sum, r.rating_count),
      verified: r.verified,
      nextSlot: r.next_slot_at?.toISOString() ?? null,
    })),
    page: query.page,
    pageSize: CATALOGUE_PAGE_SIZE,
    total,
    pageCount: Math.ceil(total / CATALOGUE_PAGE_SIZE),
  };
}

async function countMatching(conditions: Prisma.Sql[]): Promise<number> {
  const [row] = await db().$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM psychologist_profiles p WHERE ${Prisma.join(conditions, " AND ")}`;
  return Number(row?.n ?? 0);
}
