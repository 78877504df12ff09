/** The message files: the same keys in every language, each a valid ICU message with the same placeholders. */
import { parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { CATALOGUE_SORTS, GENDERS } from "@/lib/catalogue/catalogue-query";
import { DIRECTIONS, FORMATS, LANGUAGE_CODES, METHOD_SLUGS, TOPIC_SLUGS } from "@/lib/catalogue/vocabulary";
import en from "@/messages/en.json";
import ru from "@/messages/ru.json";

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}

function placeholders(elements: MessageFormatElement[], into = new Set<string>()): Set<string> {
  for (const element of elements) {
    if (element.type === TYPE.argument || element.type === TYPE.number || element.type === TYPE.date || element.type === TYPE.time) into.add(element.value);
    if (element.type === TYPE.plural || element.type === TYPE.select) {
      into.add(element.value);
      for (const option of Object.values(element.options)) placeholders(option.value, into);
    }
    if (element.type === TYPE.tag) {
      into.add(`<${element.value}>`);
      placeholders(element.children, into);
    }
  }
  return into;
}

const english = flatten(en as Tree);
const russian = flatten(ru as Tree);

describe("message files", () => {
  it("have the same keys in English and Russian", () => {
    expect([...russian.keys()].filter((k) => !english.has(k))).toEqual([]);
    expect([...english.keys()].filter((k) => !russian.has(k))).toEqual([]);
  });

  it("are valid ICU messages with the same placeholders in both languages", () => {
    const mismatched: string[] = [];
    for (const [key, text] of english) {
      const ours = placeholders(parse(text));
      const theirs = placeholders(parse(russian.get(key) ?? ""));
      if ([...ours].sort().join() !== [...theirs].sort().join()) mismatched.push(`${key}: ${[...ours]} ≠ ${[...theirs]}`);
    }
    expect(mismatched).toEqual([]);
  });

  it("give Russian plurals their one, few and many forms", () => {
    const missing: string[] = [];
    for (const [key, text] of russian) {
      const visit = (elements: MessageFormatElement[]) => {
        for (const element of elements) {
          if (element.type === TYPE.plural && !["one", "few", "many"].every((form) => form in element.options)) missing.push(key);
          if (element.type === TYPE.plural || element.type === TYPE.select) Object.values(element.options).forEach((o) => visit(o.value));
        }
      };
      visit(parse(text));
    }
    expect(missing).toEqual([]);
  });

  it("label every term of the catalogue's vocabulary", () => {
    const groups = {
      topic: TOPIC_SLUGS,
      method: METHOD_SLUGS,
      language: LANGUAGE_CODES,
      direction: DIRECTIONS,
      format: FORMATS,
      sort: CATALOGUE_SORTS,
      gender: GENDERS,
    };
    const missing = Object.entries(groups)
      .flatMap(([group, slugs]) => slugs.map((slug) => `vocabulary.${group}.${slug}`))
      .filter((key) => !english.has(key));
    expect(missing).toEqual([]);
  });

  it("hold every message key the domain refers to", () => {
    const sources = (dir: string): string[] =>
      fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) return entry.name === "generated" ? [] : sources(full);
        return /\.tsx?$/.test(entry.name) ? [full] : [];
      });
    const referenced = [...sources("lib"), ...sources("app")].flatMap((file) => {
      const code = fs.readFileSync(file, "utf8");
      const keys = [...code.matchAll(/"((?:errors|identifierProblems)\.[\w.]+)"/g)].map((m) => m[1]!);
      const outcomes = [...code.matchAll(/\bsaved(?:State)?\("(\w+)"/g)].map((m) => `outcomes.${m[1]}`);
      return [...keys, ...outcomes].filter((key) => !key.endsWith(".")).map((key) => ({ file, key }));
    });
    expect(referenced.length).toBeGreaterThan(100);
    // A namespace counts too (lib/i18n/client-messages lists the ones the browser gets).
    const namespaces = new Set([...english.keys()].flatMap((key) => key.split(".").map((_, i, parts) => parts.slice(0, i).join("."))));
    expect(referenced.filter(({ key }) => !english.has(key) && !namespaces.has(key))).toEqual([]);
  });
});
