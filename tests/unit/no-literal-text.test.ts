/**
 * Every word a person reads comes from the message files: a component or page that renders text of
 * its own (between tags, in a label, hint, title, placeholder, alt or aria-label, or in a template
 * string given to a prop) fails here.
 */
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

// The product's name and file formats read the same in every language.
const ALLOWED = new Set(["Harbor", ".ics"]);

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
  const attributes = [...code.matchAll(/\b(?:label|hint|title|placeholder|alt|aria-label|ariaLabel|legend|intro|confirm)="([^"]*\p{L}{2,}[^"]*)"/gu)].map(
    (m) => m[1]!,
  );
  // A template string anywhere, once its ${…} parts are taken out, that reads as prose (a capitalised
  // word before another word): `Photo of ${name}`, not a class list or a path.
  const templates = [...code.matchAll(/`([^`]*)`/g)]
    .map((m) =>
      m[1]!
        .replace(/\$\{[^}]*\}/g, " ")
        .replace(/\s+/g, " ")
        .trim(),
    )
    .filter((text) => /\p{Lu}\p{Ll}+ \p{Ll}{2,}/u.test(text));
  return [...between, ...attributes, ...templates].filter((text) => text && !ALLOWED.has(text) && !/^[\w.-]+\(|=>|&&|\?\?/.test(text));
}

const files = [...tsxFiles("app"), ...tsxFiles("components")].sort();

describe("user-facing text", () => {
  it("comes from the message files on every screen", () => {
    const offenders = files.flatMap((file) => literalText(fs.readFileSync(file, "utf8")).map((text) => `${file}: ${text}`));
    expect(offenders).toEqual([]);
  });

  it("is caught by the check when a screen writes its own", () => {
    expect(literalText(`<p>Book a session</p>`)).toEqual(["Book a session"]);
    expect(literalText(`<Field label="Your name" />`)).toEqual(["Your name"]);
    expect(literalText("<img alt={`Photo of ${name}`} />")).toEqual(["Photo of"]);
    expect(literalText(`<p>{t("title")}</p><div className={\`rounded \${tone}\`} />`)).toEqual([]);
  });
});
