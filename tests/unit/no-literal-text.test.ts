/**
 * Every word a person reads comes from the message files: a component or page that renders text of
 * its own (between tags, or in a label, hint, title, placeholder, alt or aria-label) fails here.
 * PENDING lists the screens still being moved into the message files; it may only shrink, and a
 * screen that no longer has literal text must leave it.
 */
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const PENDING = new Set<string>(JSON.parse(fs.readFileSync(path.join(import.meta.dirname, "no-literal-text.pending.json"), "utf8")));
// The product's name is the same in every language.
const ALLOWED = new Set(["Harbor"]);

function tsxFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? tsxFiles(full) : entry.name.endsWith(".tsx") ? [full] : [];
  });
}

function literalText(source: string): string[] {
  const code = source.replace(/\{\/\*[\s\S]*?\*\/\}/g, "").replace(/^\s*\/\/.*$/gm, "");
  // Text between tags; not "=>" or "->", and not TypeScript generics (code has ";" or "=" in it, prose does not).
  const between = [...code.matchAll(/(?<![=-])>([^<>{}]*\p{L}{2,}[^<>{}]*)</gu)].map((m) => m[1]!.trim()).filter((text) => !/[;=]/.test(text));
  const attributes = [...code.matchAll(/\b(?:label|hint|title|placeholder|alt|aria-label|legend|intro|confirm)="([^"]*\p{L}{2,}[^"]*)"/gu)].map((m) => m[1]!);
  return [...between, ...attributes].filter((text) => text && !ALLOWED.has(text) && !/^[\w.-]+\(|=>|&&|\?\?/.test(text));
}

const files = [...tsxFiles("app"), ...tsxFiles("components")].sort();

describe("user-facing text", () => {
  it("comes from the message files in every screen that has been moved there", () => {
    const offenders = files
      .filter((file) => !PENDING.has(file))
      .flatMap((file) => literalText(fs.readFileSync(file, "utf8")).map((text) => `${file}: ${text}`));
    expect(offenders).toEqual([]);
  });

  it("lists as pending only screens that still have literal text", () => {
    const done = [...PENDING].filter((file) => !fs.existsSync(file) || literalText(fs.readFileSync(file, "utf8")).length === 0);
    expect(done).toEqual([]);
  });
});
