/** The message files, for journeys that run in each language: labels are looked up, never hard-coded twice. */
import fs from "node:fs";

export type Lang = "en" | "ru";
const read = (lang: Lang) => JSON.parse(fs.readFileSync(`messages/${lang}.json`, "utf8")) as Record<string, unknown>;
const FILES = { en: read("en"), ru: read("ru") } as const;

/** A message by its dotted key, with simple {name} parameters filled in (no plurals needed here). */
export function msg(lang: Lang, key: string, params: Record<string, string> = {}): string {
  const value = key.split(".").reduce<unknown>((node, part) => (node as Record<string, unknown>)?.[part], FILES[lang]);
  if (typeof value !== "string") throw new Error(`no message ${key} in ${lang}`);
  return value.replace(/\{(\w+)\}/g, (_, name: string) => params[name] ?? `{${name}}`).replace(/<\/?\w+>/g, "");
}
