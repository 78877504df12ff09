/**
 * Decides whether `.next` is stale: a hash of everything that goes into the build, stored beside
 * it. Contents, not modification times, because a fresh clone gives every file a new mtime.
 */
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";

const INPUTS = [
  "app",
  "components",
  "lib",
  "messages",
  "public",
  "proxy.ts",
  "next.config.mjs",
  "postcss.config.mjs",
  "tsconfig.json",
  "tsconfig.next.json",
  "package-lock.json",
  "prisma/schema.prisma",
];
const SKIP = new Set(["generated", "node_modules", ".next"]);
const STAMP = path.join(".next", "harbor-build-stamp");

export function sourceHash(root = process.cwd()): string {
  const hash = createHash("sha256");
  const visit = (relative: string) => {
    const full = path.join(root, relative);
    if (!fs.existsSync(full)) return;
    const stat = fs.statSync(full);
    if (stat.isDirectory()) {
      for (const entry of fs.readdirSync(full).sort()) if (!SKIP.has(entry)) visit(path.join(relative, entry));
    } else {
      hash.update(relative).update("\0").update(fs.readFileSync(full)).update("\0");
    }
  };
  INPUTS.forEach(visit);
  return hash.digest("hex");
}

export function buildIsCurrent(hash: string): boolean {
  try {
    return fs.existsSync(path.join(".next", "BUILD_ID")) && fs.readFileSync(STAMP, "utf8") === hash;
  } catch {
    return false;
  }
}

export function writeBuildStamp(hash: string): void {
  fs.writeFileSync(STAMP, hash);
}
