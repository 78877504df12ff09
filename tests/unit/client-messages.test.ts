/**
 * The browser gets only the message namespaces listed in lib/i18n/client-messages: a component that
 * read another one would show raw keys. This reads every `useTranslations(…)` call in the app's
 * components (those without "use client" too: they run in the browser when a client component
 * imports them) and fails on one its pages do not receive, or one without a namespace. Everything
 * each page imports is followed: a page in the app shell gets its roles' namespaces (the roles its
 * guard lets in), any other page PUBLIC_NAMESPACES.
 */
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import en from "@/messages/en.json";
import ru from "@/messages/ru.json";
import { ROUTE_ROLES, type GuardedRoute } from "@/lib/auth/route-roles";
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
const inAppShell = (file: string) => fs.readFileSync(file, "utf8").includes("@/components/layout/app-shell");
// Pages, layouts and error screens that do not frame themselves in the app shell (which adds the signed-in namespaces).
const publicRoots = sourceFiles("app").filter((file) => /\/(page|layout|error|not-found|forbidden|unauthorized)\.tsx$/.test(file) && !inAppShell(file));
const publicModules = reachableModules(publicRoots);
const shellPages = sourceFiles("app")
  .filter((file) => file.endsWith("page.tsx") && inAppShell(file))
  .map((file) => ({ file, route: /ROUTE_ROLES\["([^"]+)"\]/.exec(fs.readFileSync(file, "utf8"))?.[1] as GuardedRoute | undefined }));

describe("messages sent to the browser", () => {
  it("finds the translation hooks and the pages' imports (the scan itself works)", () => {
    expect(allCalls.length).toBeGreaterThan(40);
    expect(shellPages.length).toBeGreaterThan(30);
    expect(publicRoots).toContain(path.join("app", "(public)", "t", "[slug]", "page.tsx"));
    expect(publicModules).toContain(path.join("components", "registration", "registration-form.tsx"));
    expect(publicModules).not.toContain(path.join("components", "call", "call-panel.tsx"));
  });

  it("no component reads every message or names no namespace", () => {
    const everyNamespace = [...PUBLIC_NAMESPACES, ...Object.values(SIGNED_IN_NAMESPACES).flat()];
    expect(uncovered(allCalls, everyNamespace)).toEqual([]);
  });

  it("inside the app shell: every namespace the page's components read, for every role its guard lets in", () => {
    const problems = shellPages.flatMap(({ file, route }) => {
      if (!route) return [`${file}: no ROUTE_ROLES entry, so its roles are unknown`];
      const calls = [...reachableModules([file])].flatMap(hookCalls);
      return ROUTE_ROLES[route].flatMap((role) => uncovered(calls, SIGNED_IN_NAMESPACES[role]).map((problem) => `${role} on ${route}: ${problem}`));
    });
    expect(problems).toEqual([]);
  });

  it("before sign-in: every namespace the public pages' components read", () => {
    const calls = [...publicModules].flatMap(hookCalls);
    expect(calls.length).toBeGreaterThan(5);
    expect(uncovered(calls, PUBLIC_NAMESPACES)).toEqual([]);
  });

  it("lists only namespaces that exist in both languages", () => {
    for (const namespace of [...PUBLIC_NAMESPACES, ...Object.values(SIGNED_IN_NAMESPACES).flat()]) {
      expect(at(en, namespace), namespace).toBeTypeOf("object");
      expect(at(ru, namespace), namespace).toBeTypeOf("object");
    }
  });

  it("keeps the listed namespaces whole, nested as they were, and leaves the rest on the server", () => {
    const picked = clientMessages(en, SIGNED_IN_NAMESPACES.psychologist);
    expect(at(picked, "security.totp")).toEqual(en.security.totp);
    expect(at(picked, "errors.photo")).toEqual(en.errors.photo);
    expect(at(picked, "call")).toEqual(en.call);
    expect(at(picked, "email")).toBeUndefined();
    expect(at(picked, "errors.booking")).toBeUndefined();
    expect(at(picked, "reports")).toBeUndefined();
    for (const namespaces of Object.values(SIGNED_IN_NAMESPACES))
      expect(JSON.stringify(clientMessages(en, namespaces)).length).toBeLessThan(JSON.stringify(en).length / 3);
    expect(JSON.stringify(clientMessages(en, PUBLIC_NAMESPACES)).length).toBeLessThan(JSON.stringify(en).length / 8);
  });
});
