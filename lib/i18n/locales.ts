/**
 * The languages Harbor speaks, and which one a request gets: the person's own choice (kept on their
 * account and in a cookie), else their employer's language, else what the browser asks for, else
 * English.
 */
import Negotiator from "negotiator";

export const LOCALES = ["en", "ru"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "en";
/** The choice of a signed-out visitor (and of a signed-in one, on this device). */
export const LOCALE_COOKIE = "harbor-locale";

/** Each language named in itself, for the switch. */
export const LOCALE_NAMES: Record<Locale, string> = { en: "English", ru: "Русский" };

/** The regional variant Intl formats dates and numbers with. */
export const INTL_LOCALE: Record<Locale, string> = { en: "en-GB", ru: "ru-RU" };

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

export interface LocaleSources {
  /** The account's saved choice. */
  account?: string | null;
  /** The cookie's value. */
  cookie?: string | null;
  /** The employer's language: the actor's tenant, or the tenant whose page a visitor opened. */
  tenant?: string | null;
  acceptLanguage?: string | null;
}

export function negotiateLocale(sources: LocaleSources): Locale {
  for (const candidate of [sources.account, sources.cookie, sources.tenant]) if (isLocale(candidate)) return candidate;
  if (sources.acceptLanguage) {
    const [best] = new Negotiator({ headers: { "accept-language": sources.acceptLanguage } }).languages([...LOCALES]);
    if (isLocale(best)) return best;
  }
  return DEFAULT_LOCALE;
}
