/**
 * The catalogue's choices and links, without the query's schema: what the browser's filter form
 * needs, so it ships no validation library (catalogue-query.ts parses on the server).
 */
import type { CatalogueQuery } from "./catalogue-query";

export const CATALOGUE_PAGE_SIZE = 12;
/** Labels are under vocabulary.sort and vocabulary.gender in the message files. */
export const CATALOGUE_SORTS = ["nearest", "rating", "experience"] as const;
export const GENDERS = ["female", "male"] as const;

/** The query as URL parameters, leaving out defaults so links stay short. */
export function catalogueSearchParams(query: Partial<CatalogueQuery>): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || (key === "sort" && value === "nearest") || (key === "page" && value === 1)) continue;
    params.set(key, String(value));
  }
  return params;
}
