/** Formats for the language of the request being rendered (server components, actions, route handlers). */
import { getLocale } from "next-intl/server";
import { formats, type Formats } from "./format";

export async function requestFormats(timeZone: string): Promise<Formats> {
  return formats(await getLocale(), timeZone);
}
