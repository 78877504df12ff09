/**
 * The countries urgent help knows, with each one's emergency number. These are fixed by law and
 * change rarely (112 across the EU by its directive on the single European emergency number and in
 * Russia; 999 in the UK, where 112 also works), so they live in code, reviewed with it. The free
 * crisis lines beside them change more often and are kept by the platform admin (crisis-lines.ts).
 */
import { z } from "zod";
import { INTL_LOCALE, isLocale } from "@/lib/i18n/locales";

interface Emergency {
  /** The number to dial first. */
  number: string;
  /** Other numbers that reach the same services. */
  also?: string[];
}

const EU_112: Emergency = { number: "112" };

export const EMERGENCY_NUMBERS = {
  RU: EU_112,
  GB: { number: "999", also: ["112"] },
  IE: { number: "112", also: ["999"] },
  AT: EU_112,
  BE: EU_112,
  BG: EU_112,
  CY: EU_112,
  CZ: EU_112,
  DE: EU_112,
  DK: EU_112,
  EE: EU_112,
  ES: EU_112,
  FI: EU_112,
  FR: EU_112,
  GR: EU_112,
  HR: EU_112,
  HU: EU_112,
  IT: EU_112,
  LT: EU_112,
  LU: EU_112,
  LV: EU_112,
  MT: EU_112,
  NL: EU_112,
  PL: EU_112,
  PT: EU_112,
  RO: EU_112,
  SE: EU_112,
  SI: EU_112,
  SK: EU_112,
  NO: EU_112,
  CH: EU_112,
  IS: EU_112,
  KZ: EU_112,
  US: { number: "911" },
  CA: { number: "911" },
} as const satisfies Record<string, Emergency>;

export type Country = keyof typeof EMERGENCY_NUMBERS;
export const COUNTRIES = Object.keys(EMERGENCY_NUMBERS) as Country[];

export const ZCountry = z.enum(COUNTRIES as [Country, ...Country[]], "errors.urgentHelp.country");

export function isCountry(value: unknown): value is Country {
  return ZCountry.safeParse(value).success;
}

/** A visitor nobody knows yet: Russia for a page read in Russian, else the UK (they can pick theirs). */
export function countryForLocale(locale: string): Country {
  return locale === "ru" ? "RU" : "GB";
}

export interface CountryOption {
  code: Country;
  name: string;
}

/** The countries sorted by their names in the reader's language (one of Harbor's locales). */
export function countryOptions(locale: string): CountryOption[] {
  const intlLocale = INTL_LOCALE[isLocale(locale) ? locale : "en"];
  const names = new Intl.DisplayNames([intlLocale], { type: "region" });
  return COUNTRIES.map((code) => ({ code, name: names.of(code) ?? code })).sort((a, b) => a.name.localeCompare(b.name, intlLocale));
}

/** A number as people write it to dial: digits with spaces, brackets, dashes, an optional leading plus. */
export function isDialable(phone: string): boolean {
  return /^\+?[\d\s()-]{2,24}$/.test(phone) && phone.replace(/\D/g, "").length >= 2;
}

/** A phone number as a `tel:` link: digits and a leading plus only. */
export function telHref(phone: string): string {
  return `tel:${phone.replace(/[^\d+]/g, "")}`;
}
