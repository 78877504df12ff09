/** The project's own modules a source file reaches through its imports (static and dynamic), for tests that follow them. */
import fs from "node:fs";
import path from "node:path";

function resolveImport(from: string, specifier: string): string | null {
  const base = specifier.startsWith("@/") ? specifier.slice(2) : specifier.startsWith(".") ? path.join(path.dirname(from), specifier) : null;
  if (base === null) return null;
  const candidates = [base, `${base}.ts`, `${base}.tsx`, path.join(base, "index.ts"), path.join(base, "index.tsx")];
  return candidates.find((file) => /\.tsx?$/.test(file) && fs.existsSync(file) && fs.statSync(file).isFile()) ?? null;
}

/** Every .ts/.tsx file reachable from `roots` (paths relative to the project root), the roots included. */
export function reachableModules(roots: string[]): Set<string> {
  const seen = new Set<string>();
  const pending = [...roots];
  while (pending.length > 0) {
    const file = path.normalize(pending.pop()!);
    if (seen.has(file)) continue;
    seen.add(file);
    const source = fs.readFileSync(file, "utf8");
    for (const match of source.matchAll(/\bfrom\s+"([^"]+)"|\bimport\(\s*"([^"]+)"\s*\)/g)) {
      const target = resolveImport(file, match[1] ?? match[2]!);
      if (target) pending.push(target);
    }
  }
  return seen;
}
