/**
 * Registry import at scale: 1,000,000 generated identifiers into an empty tenant, then a
 * replace-import of the same size with 10 % changed; beside them, in the same run and on the same
 * table, the raw COPY ceiling (rows already hashed, nothing else to do) and Prisma createMany.
 * Targets: Harbor's first import at ≥ 60 % of the raw COPY rate; peak memory < 300 MB; and the
 * rows are right — every identifier active after each import, the replaced 10 % removed.
 * BENCH_ROWS scales the run down for a quick look.
 *
 * Each variant runs in its own process. Harbor's runs bound the heap as `npm run registry:import`
 * does (160 MB): the import's live data is a few tens of MB, and without a bound V8 lets garbage
 * from a million short-lived rows grow the heap before collecting it. The baselines load their
 * rows up front and run unbounded.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { createTestDatabase } from "../tests/support/test-database";
import { report } from "./support/measure";

const ROWS = Number(process.env.BENCH_ROWS ?? 1_000_000);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "harbor-bench-registry-"));

function writeRegistry(name: string, from: number, changedFrom?: number): string {
  const file = path.join(dir, name);
  const fd = fs.openSync(file, "w");
  fs.writeSync(fd, "employee id;department\n");
  for (let start = 0; start < ROWS; start += 100_000) {
    let text = "";
    for (let i = start; i < Math.min(ROWS, start + 100_000); i++) {
      // the last 10 % of the second file are new identifiers; the ones they replace leave
      const n = changedFrom !== undefined && i >= changedFrom ? ROWS * 10 + i : from + i;
      text += `${String(n).padStart(9, "0")};Operations\n`;
    }
    fs.writeSync(fd, text);
  }
  fs.closeSync(fd);
  return file;
}

const database = await createTestDatabase("bench_registry");
const client = new pg.Client({ connectionString: database.url });
await client.connect();
const tenant = async (slug: string) =>
  (await client.query("INSERT INTO tenants (id, slug, name, updated_at) VALUES (gen_random_uuid(), $1, $1, now()) RETURNING id", [slug])).rows[0].id as string;

try {
  const first = writeRegistry("first.csv", 0);
  const second = writeRegistry("second.csv", 0, Math.floor(ROWS * 0.9));
  const env = { ...process.env, DATABASE_URL: database.url, HARBOR_ENV: "test", HARBOR_DATA_DIR: dir };
  const run = (variant: string, file: string, tenantId: string) => {
    const heap = variant.startsWith("harbor") ? ["--max-old-space-size=160"] : [];
    const child = spawnSync(process.execPath, [...heap, "--import", "tsx", "bench/support/registry-import-worker.ts", variant, file, tenantId, String(ROWS)], {
      env,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "inherit"],
    });
    if (child.status !== 0) throw new Error(`${variant} failed`);
    return JSON.parse(child.stdout.trim().split("\n").pop()!) as { variant: string; seconds: number; rowsPerSecond: number; peakMb: number };
  };

  const counts = async (tenantId: string) => {
    const { rows } = await client.query(
      "SELECT count(*) FILTER (WHERE status = 'active')::int AS active, count(*) FILTER (WHERE status = 'removed')::int AS removed FROM registry_entries WHERE tenant_id = $1",
      [tenantId],
    );
    return rows[0] as { active: number; removed: number };
  };
  const harborTenant = await tenant("bench-harbor");
  const rawTenant = await tenant("bench-raw");
  const prismaTenant = await tenant("bench-prisma");
  // A speed only counts for rows really there: each variant's table is counted after it ran.
  const append = run("harbor-append", first, harborTenant);
  const afterAppend = await counts(harborTenant);
  const replace = run("harbor-replace", second, harborTenant);
  const afterReplace = await counts(harborTenant);
  const raw = run("raw-copy", first, rawTenant);
  const afterRaw = await counts(rawTenant);
  // BENCH_SKIP_PRISMA=1 leaves out the slowest baseline (about five minutes) for a quick look.
  const prisma = process.env.BENCH_SKIP_PRISMA
    ? { variant: "prisma-createMany", seconds: 0, rowsPerSecond: 0, peakMb: 0 }
    : run("prisma-createMany", first, prismaTenant);
  const results = [append, replace, raw, prisma];
  const changed = ROWS - Math.floor(ROWS * 0.9);
  const rowsRight =
    afterAppend.active === ROWS && afterAppend.removed === 0 && afterReplace.active === ROWS && afterReplace.removed === changed && afterRaw.active === ROWS;
  const ratio = Math.round((append.rowsPerSecond / raw.rowsPerSecond) * 100);
  report(
    "registry-import",
    results.map((r) => ({
      variant: r.variant,
      rows: ROWS,
      seconds: r.seconds,
      "rows/s": r.rowsPerSecond,
      "peak MB": r.peakMb,
      "% of raw COPY": Math.round((r.rowsPerSecond / raw.rowsPerSecond) * 100),
    })),
    {
      rows: ROWS,
      harborAppendRowsPerSecond: append.rowsPerSecond,
      harborReplaceRowsPerSecond: replace.rowsPerSecond,
      rawCopyRowsPerSecond: raw.rowsPerSecond,
      prismaCreateManyRowsPerSecond: prisma.rowsPerSecond,
      percentOfRawCopy: ratio,
      peakMb: Math.max(append.peakMb, replace.peakMb),
      afterAppend,
      afterReplace,
      expectedAfterReplace: { active: ROWS, removed: changed },
      rawCopyRows: afterRaw.active,
      targets: { percentOfRawCopy: 60, peakMb: 300 },
      met: rowsRight && ratio >= 60 && Math.max(append.peakMb, replace.peakMb) < 300,
    },
  );
} finally {
  await client.end();
  await database.dispose();
  fs.rmSync(dir, { recursive: true, force: true });
}
