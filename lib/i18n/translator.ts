/**
 * Messages outside a request: e-mails, calendar files and jobs speak the recipient's language,
 * which is not the language of whoever (or whatever job) caused them.
 */
import { createTranslator } from "next-intl";
import { DEFAULT_LOCALE, isLocale, type Locale } from "./locales";
import { renderParams } from "./message-params";
import { loadMessages } from "./messages";

export type Translate = (key: string, params?: Record<string, unknown>) => string;

export interface LocalisedText {
  locale: Locale;
  t: Translate;
}

/** The recipient's language: their own choice, else their employer's, else English. */
export function recipientLocale(own: string | null | undefined, employer?: string | null): Locale {
  return isLocale(own) ? own : isLocale(employer) ? employer : DEFAULT_LOCALE;
}

export async function translatorFor(locale: Locale): Promise<LocalisedText> {
  const translator = createTranslator({ locale, messages: await loadMessages(locale) });
  const plain = (key: string) => translator(key as never);
  const t: Translate = (key, params) => translator(key as never, renderParams(params, locale, plain) as never);
  return { locale, t };
}
