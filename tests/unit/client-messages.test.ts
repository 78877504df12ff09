/**
 * The browser gets only the message namespaces listed in lib/i18n/client-messages: a component that
 * read another one would show raw keys. This reads every `useTranslations(…)` call in the app's
 * components (those without "use client" too: they run in the browser when a client component
 * imports them) and fails on one its pages do not receive, or one without a namespace. Pages outside
 * the app shell get PUBLIC_NAMESPACES only, so everything they import is followed.
 */
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import en from "@/messages/en.json";
import ru from "@/messages/ru.json";
import { clientMessages, PUBLIC_NAMESPACES, SIGNED_IN_NAMESPACES } from "@/lib/i18n/client-messages";
import { reachableModules } from "../support/import-graph";

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? sourceFiles(full) : /\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

interface HookCall {
  file: string;
  hook: string;
  argument: string;
}
const hookCalls = (file: string): HookCall[] =>
  [...fs.readFileSync(file, "utf8").matchAll(/\buse(Translations|Messages)\(([^)]*)\)/g)].map((m) => ({ file, hook: m[1]!, argument: m[2]!.trim() }));

/** What is wrong with these calls when their components receive `namespaces`. */
function uncovered(calls: HookCall[], namespaces: readonly string[]): string[] {
  return calls.flatMap(({ file, hook, argument }) => {
    if (hook === "Messages") return [`${file}: useMessages() would need every message in the browser`];
    const literal = /^"([\w.]+)"$/.exec(argument)?.[1];
    if (!literal) return [`${file}: useTranslations(${argument}) names no namespace`];
    return namespaces.some((listed) => literal === listed || literal.startsWith(`${listed}.`)) ? [] : [`${file}: "${literal}" is not sent to its pages`];
  });
}

const at = (messages: object, dotted: string) =>
  dotted.split(".").reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], messages);

const allCalls = ["app", "components", "lib"].flatMap(sourceFiles).flatMap(hookCalls);
// Pages, layouts and error screens that do not frame themselves in the app shell (which adds the signed-in namespaces).
const publicRoots = sourceFiles("app").filter(
  (file) =>
    /\/(page|layout|error|not-found|forbidden|unauthorized)\.tsx$/.test(file) && !fs.readFileSync(file, "utf8").includes("@/components/layout/app-shell"),
);
const publicModules = reachableModules(publicRoots);

describe("messages sent to the browser", () => {
  it("finds the translation hooks and the public pages' imports (the scan itself works)", () => {
    expect(allCalls.length).toBeGreaterThan(40);
    expect(publicRoots).toContain(path.join("app", "(public)", "t", "[slug]", "page.tsx"));
    expect(publicModules).toContain(path.join("components", "registration", "registration-form.tsx"));
    expect(publicModules).not.toContain(path.join("components", "call", "call-panel.tsx"));
  });

  it("inside the app shell: every namespace any component reads, and no component reads them all", () => {
    expect(uncovered(allCalls, SIGNED_IN_NAMESPACES)).toEqual([]);
  });

  it("before sign-in: every namespace the public pages' components read", () => {
    const calls = [...publicModules].flatMap(hookCalls);
    expect(calls.length).toBeGreaterThan(5);
    expect(uncovered(calls, PUBLIC_NAMESPACES)).toEqual([]);
  });

  it("lists only namespaces that exist in both languages", () => {
    for (const namespace of [...PUBLIC_NAMESPACES, ...SIGNED_IN_NAMESPACES]) {
      expect(at(en, namespace), namespace).toBeTypeOf("object");
      expect(at(ru, namespace), namespace).toBeTypeOf("object");
    }
  });

  it("keeps the listed namespaces whole, nested as they were, and leaves the rest on the server", () => {
    const picked = clientMessages(en, SIGNED_IN_NAMESPACES);
    expect(at(picked, "security.totp")).toEqual(en.security.totp);
    expect(at(picked, "errors.photo")).toEqual(en.errors.photo);
    expect(at(picked, "call")).toEqual(en.call);
    expect(at(picked, "email")).toBeUndefined();
    expect(at(picked, "errors.booking")).toBeUndefined();
    expect(JSON.stringify(picked).length).toBeLessThan(JSON.stringify(en).length / 2);
    expect(JSON.stringify(clientMessages(en, PUBLIC_NAMESPACES)).length).toBeLessThan(JSON.stringify(en).length / 8);
  });
});
