"use client";
/** Formats for the page's language, in client components. */
import { useLocale } from "next-intl";
import { useMemo } from "react";
import { formats, type Formats } from "./format";

export function useFormats(timeZone: string): Formats {
  const locale = useLocale();
  return useMemo(() => formats(locale, timeZone), [locale, timeZone]);
}
