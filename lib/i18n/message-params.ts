/**
 * The parameters of a message from the domain (an AppError's details.params) are plain data, so
 * that the domain never formats for a language: a calendar date (YYYY-MM-DD) is written in the
 * reader's language here, and a list of message keys becomes a list in that language
 * ("a short bio and a verified qualification").
 */
import { formats as formatsFor } from "./format";

export type MessageParams = Record<string, string | number>;
type Translate = (key: string) => string;

const CALENDAR_DAY = /^\d{4}-\d{2}-\d{2}$/;

export function renderParams(params: Record<string, unknown> | undefined, locale: string, translate: Translate): MessageParams | undefined {
  if (!params) return undefined;
  const formats = formatsFor(locale, "UTC");
  const list = new Intl.ListFormat(locale, { type: "conjunction" });
  return Object.fromEntries(
    Object.entries(params).map(([name, value]) => {
      if (Array.isArray(value)) return [name, list.format(value.map((item) => translate(String(item))))];
      if (typeof value === "string" && CALENDAR_DAY.test(value)) return [name, formats.longDate(value)];
      return [name, typeof value === "number" ? value : String(value)];
    }),
  );
}
