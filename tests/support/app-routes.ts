/**
 * Every way into Harbor, read from the source of `app/`: each page (by its path pattern), each route
 * handler method, and each server action (by its exported name). The authorization matrix needs a row
 * for each, so a page, handler or action added without deciding who may reach it fails the suite.
 */
import fs from "node:fs";
import path from "node:path";

const APP = path.join(process.cwd(), "app");
const HTTP_METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;

function filesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(full) : [full];
  });
}

/** `app/(employee)/cabinet/sessions/[appointmentId]/page.tsx` → `/cabinet/sessions/[appointmentId]`. */
function routePathOf(file: string): string {
  const relative = path.relative(APP, path.dirname(file)).split(path.sep);
  const segments = relative.filter((segment) => segment && !/^\(.*\)$/.test(segment));
  return "/" + segments.join("/");
}

/** The handler methods a route file exports, whether as `export const GET` or `export { handler as GET }`. */
function exportedMethods(source: string): string[] {
  return HTTP_METHODS.filter((method) => new RegExp(`export\\s+(const|async function|function)\\s+${method}\\b|\\bas\\s+${method}\\b`).test(source));
}

export function discoverAppRoutes(): string[] {
  const files = filesUnder(APP);
  const pages = files.filter((f) => path.basename(f) === "page.tsx").map((f) => `page ${routePathOf(f)}`);
  const handlers = files
    .filter((f) => path.basename(f) === "route.ts")
    .flatMap((f) => exportedMethods(fs.readFileSync(f, "utf8")).map((method) => `${method} ${routePathOf(f)}`));
  const actions = files
    .filter((f) => /\.tsx?$/.test(f) && /^\s*["']use server["']/.test(fs.readFileSync(f, "utf8")))
    .flatMap((f) => [...fs.readFileSync(f, "utf8").matchAll(/export\s+(?:const|async function)\s+(\w+)/g)].map((m) => `action ${m[1]}`));
  return [...pages, ...handlers, ...actions].sort();
}
