/** The message files, one per language (ICU message format), loaded on the server only. */
import type { Locale } from "./locales";
import type en from "@/messages/en.json";

export type Messages = typeof en;

export async function loadMessages(locale: Locale): Promise<Messages> {
  return (locale === "ru" ? await import("@/messages/ru.json") : await import("@/messages/en.json")).default as Messages;
}
