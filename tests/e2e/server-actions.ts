/**
 * Calls a server action the way a hostile client would: by its id (from the build's manifest),
 * with arguments of the caller's choosing, encoded as React encodes a reply with a form.
 */
import fs from "node:fs";
import type { APIRequestContext } from "@playwright/test";

interface ManifestEntry {
  filename: string;
  exportedName: string;
  workers: Record<string, unknown>;
}

const manifest = (): Record<string, ManifestEntry> => JSON.parse(fs.readFileSync(".next/server/server-reference-manifest.json", "utf8")).node;

export interface ServerAction {
  id: string;
  file: string;
  name: string;
  /** A page whose bundle includes the action: where a browser would post it. */
  page: string;
}

function pagePathOf(worker: string): string {
  return (
    worker
      .replace(/^app/, "")
      .replace(/\/page$/, "")
      .replace(/\/\([^)]+\)/g, "") || "/"
  );
}

export function listServerActions(): ServerAction[] {
  return Object.entries(manifest()).map(([id, entry]) => {
    const pages = Object.keys(entry.workers).map(pagePathOf);
    return {
      id,
      file: entry.filename,
      name: entry.exportedName,
      page: pages.find((p) => !p.includes("[")) ?? pages[0]!.replace(/\[[^\]]+\]/g, "00000000-0000-4000-8000-000000000000"),
    };
  });
}

export function serverAction(name: string): ServerAction {
  const found = listServerActions().find((a) => a.name === name);
  if (!found) throw new Error(`no server action named ${name} in the build`);
  return found;
}

/** `args` are the bound arguments; a trailing previous state and an (empty) form are added unless `raw`. */
export async function callAction(
  request: APIRequestContext,
  action: ServerAction,
  args: unknown[],
  options: { raw?: boolean; origin?: string | null; baseURL: string; form?: Record<string, string> },
) {
  const formRef = "$K1";
  const root = options.raw ? args : [...args, null, formRef];
  // As React sends a reply: the referenced form's fields ("_<id>_<name>") before the root ("0"), which is decoded on arrival.
  const multipart: Record<string, string> = {};
  for (const [key, value] of Object.entries(options.form ?? {})) multipart[`_1_${key}`] = value;
  multipart["0"] = JSON.stringify(root);
  const origin = options.origin === undefined ? options.baseURL : options.origin;
  return request.post(action.page, {
    headers: { "next-action": action.id, accept: "text/x-component", ...(origin ? { origin } : {}) },
    multipart,
    maxRedirects: 0,
  });
}
