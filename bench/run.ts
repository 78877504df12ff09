/**
 * npm run bench [-- name…]: runs each bench/*.bench.ts in its own process (each starts what it
 * needs on a throwaway database), then prints one table of every benchmark's JSON figures.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";

const wanted = process.argv.slice(2);
const files = fs
  .readdirSync("bench")
  .filter((f) => f.endsWith(".bench.ts"))
  .filter((f) => !wanted.length || wanted.some((w) => f.startsWith(w)))
  .sort();
const results: Record<string, unknown>[] = [];
let failed = false;

for (const file of files) {
  console.log(`\n━━ ${file} ━━`);
  const run = spawnSync(process.execPath, ["--import", "tsx", `bench/${file}`], {
    encoding: "utf8",
    stdio: ["ignore", "pipe", "inherit"],
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
    maxBuffer: 64 * 1024 * 1024,
  });
  process.stdout.write(run.stdout);
  const last = run.stdout.trim().split("\n").pop() ?? "";
  try {
    results.push(JSON.parse(last));
  } catch {
    results.push({ benchmark: file.replace(".bench.ts", ""), error: `exit ${run.status}, no JSON result` });
  }
  failed ||= run.status !== 0;
}

console.log("\n━━ all benchmarks ━━");
for (const r of results) {
  const { benchmark, ...figures } = r;
  console.log(
    `${String(benchmark).padEnd(20)} ${Object.entries(figures)
      .map(([k, v]) => `${k}=${typeof v === "object" ? JSON.stringify(v) : v}`)
      .join("  ")}`,
  );
}
process.exit(failed ? 1 : 0);
