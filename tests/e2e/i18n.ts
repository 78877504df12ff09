/**
 * The message files, for journeys that run in each language: labels and texts are looked up and
 * formatted (plurals included) the way the app formats them, never written twice.
 */
import fs from "node:fs";
import { createTranslator } from "next-intl";

export type Lang = "en" | "ru";
const read = (lang: Lang) => JSON.parse(fs.readFileSync(`messages/${lang}.json`, "utf8")) as Record<string, unknown>;
const FILES = { en: read("en"), ru: read("ru") } as const;
const TRANSLATORS = { en: createTranslator({ locale: "en", messages: FILES.en }), ru: createTranslator({ locale: "ru", messages: FILES.ru }) };

function raw(lang: Lang, key: string): string {
  const value = key.split(".").reduce<unknown>((node, part) => (node as Record<string, unknown>)?.[part], FILES[lang]);
  if (typeof value !== "string") throw new Error(`no message ${key} in ${lang}`);
  return value;
}

/** A message by its dotted key with its parameters, as plain text (markup tags keep only their text). */
export function msg(lang: Lang, key: string, params: Record<string, string | number> = {}): string {
  const tags = Object.fromEntries([...raw(lang, key).matchAll(/<(\w+)>/g)].map((m) => [m[1]!, (chunks: string) => chunks]));
  return TRANSLATORS[lang].markup(key as never, { ...params, ...tags } as never);
}
