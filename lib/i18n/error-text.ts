/**
 * Renders the domain's refusals in the request's language. An AppError's message is a key of the
 * message files (its parameters in details.params), as are zod messages written in schemas; a zod
 * message zod wrote itself comes from zod's own locale. Text that is not a key is shown as it is.
 */
import { getLocale, getTranslations } from "next-intl/server";
import { z, type ZodError } from "zod";
import type { AppError } from "@/lib/errors";
import { renderParams } from "./message-params";

type Params = Record<string, string | number>;
type Issue = ZodError["issues"][number];

const ZOD_LOCALES = { ru: z.locales.ru, en: z.locales.en } as const;

export interface ErrorText {
  /** A message key (with parameters), or text shown as it is. */
  text(keyOrText: string, params?: Params): string;
  error(error: AppError): string;
  issue(issue: Issue): string;
}

export async function errorText(): Promise<ErrorText> {
  const [t, locale] = await Promise.all([getTranslations(), getLocale()]);
  const zodLocale = ZOD_LOCALES[locale as keyof typeof ZOD_LOCALES] ?? z.locales.en;
  const text = (keyOrText: string, params?: Params) => (t.has(keyOrText as never) ? t(keyOrText as never, params as never) : keyOrText);
  return {
    text,
    error: (error) =>
      text(
        error.message,
        renderParams(error.details?.params as Record<string, unknown> | undefined, locale, (key) => text(key)),
      ),
    issue(issue) {
      if (t.has(issue.message as never)) return t(issue.message as never);
      // A message zod wrote (no custom one in the schema): zod's own words in this language.
      const localised = zodLocale().localeError?.(issue as never);
      const message = typeof localised === "string" ? localised : localised?.message;
      return locale === "en" || !message ? issue.message : message;
    },
  };
}
