/** The catalogue's filters, shared by the page's URL and GET /api/v1/psychologists. */
import { z } from "zod";
import { BOOKING_HORIZON_DAYS } from "@/lib/booking/horizon";
import { LANGUAGE_CODES, TOPIC_SLUGS } from "./vocabulary";

import { CATALOGUE_SORTS, GENDERS } from "./catalogue-options";

export { CATALOGUE_PAGE_SIZE, CATALOGUE_SORTS, GENDERS, catalogueSearchParams } from "./catalogue-options";

// Empty form fields ("Any") arrive as "", which means "no filter".
const optional = <T extends z.ZodType>(schema: T) => z.preprocess((value) => (value === "" ? undefined : value), schema.optional());

export const ZCatalogueQuery = z.strictObject({
  direction: optional(z.enum(["psychology", "legal", "financial"], { error: "errors.catalogue.direction" })),
  topic: optional(z.enum(TOPIC_SLUGS, { error: "errors.catalogue.topic" })),
  format: optional(z.enum(["chat", "audio", "video"], { error: "errors.booking.chooseFormat" })),
  language: optional(z.enum(LANGUAGE_CODES, { error: "errors.catalogue.language" })),
  gender: optional(z.enum(GENDERS, { error: "errors.catalogue.gender" })),
  withinDays: optional(z.coerce.number({ error: "errors.catalogue.days" }).int().min(1).max(BOOKING_HORIZON_DAYS, "errors.catalogue.daysMax")),
  sort: optional(z.enum(CATALOGUE_SORTS, { error: "errors.catalogue.sort" })).transform((v) => v ?? "nearest"),
  page: optional(z.coerce.number({ error: "errors.catalogue.page" }).int().min(1).max(1000)).transform((v) => v ?? 1),
});
export type CatalogueQuery = z.infer<typeof ZCatalogueQuery>;

/** Parses URL search parameters, taking the first value of a repeated key. */
export function parseCatalogueQuery(params: URLSearchParams | Record<string, string | string[] | undefined>): CatalogueQuery {
  const entries =
    params instanceof URLSearchParams
      ? [...params.keys()].map((k) => [k, params.get(k)] as const)
      : Object.entries(params).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v] as const);
  return ZCatalogueQuery.parse(Object.fromEntries(entries));
}

/**
 * For links (bookmarks, hand-edited addresses): keeps every filter that is valid and within the
 * employee's programme, drops the rest instead of refusing the page, and says whether it dropped any.
 */
export function parseCatalogueLink(
  raw: Record<string, string | string[] | undefined>,
  offer: { directions: readonly string[]; formats: readonly string[] },
): { query: CatalogueQuery; ignored: boolean } {
  const kept: Record<string, unknown> = {};
  let ignored = false;
  for (const [key, value] of Object.entries(raw)) {
    const field = ZCatalogueQuery.shape[key as keyof typeof ZCatalogueQuery.shape];
    const parsed = field?.safeParse(Array.isArray(value) ? value[0] : value);
    const outsideOffer =
      (key === "direction" && !offer.directions.includes(String(parsed?.data))) || (key === "format" && !offer.formats.includes(String(parsed?.data)));
    if (parsed?.success && !outsideOffer) kept[key] = parsed.data;
    else if (value !== "" && value !== undefined) ignored = true;
  }
  return { query: ZCatalogueQuery.parse(kept), ignored };
}
