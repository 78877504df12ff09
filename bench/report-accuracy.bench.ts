/**
 * How useful HR's figures are under the privacy budget (decision 0007), on the demo data: the demo
 * seeded on a throwaway database at a fixed day, every month released as the worker would, then every
 * offered period of every demo tenant published twice — from the released (noisy) months, as HR sees
 * it, and from the true months, which nobody sees — and compared. Target: among published counts whose
 * truth is 50 or more, at least 80 % within ±10 % of the truth ("figures of 50 or more stay useful").
 * The noise depends on each tenant's secret key, so BENCH_ACCURACY_RUNS (5) seedings, each with its own
 * key, are pooled.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createTestDatabase } from "../tests/support/test-database";
import { report } from "./support/measure";

const RUNS = Number(process.env.BENCH_ACCURACY_RUNS ?? 5);
const NOW = new Date(process.env.BENCH_ACCURACY_NOW ?? "2026-12-06T12:00:00Z");
const COUNT_FIGURES = ["employeesRegistered", "employeesConsulted", "consultations", "lateCancellations", "noShows", "npsRespondents"] as const;

interface Counts {
  periods: number;
  published: number;
  compared: number;
  within: number;
  errors: number[];
}

/** One seeding with its own noise key, in this process. */
async function measureOnce(): Promise<Counts> {
  const counts: Counts = { periods: 0, published: 0, compared: 0, within: 0, errors: [] };
  const database = await createTestDatabase("accuracy");
  process.env.DATABASE_URL = database.url;
  process.env.HARBOR_DATA_DIR = fs.mkdtempSync(path.join(os.tmpdir(), "harbor-accuracy-")); // a fresh secrets file: a fresh noise key
  process.env.HARBOR_ENV = "test";
  const { db } = await import("@/lib/db/client");
  const { seedDemoData } = await import("@/tooling/demo/seed-demo-data");
  const { releaseDueMonths, readReleasedMonths, trueCells, monthWindow } = await import("@/lib/reports/release");
  const { readMonthFacts } = await import("@/lib/reports/month-facts");
  const { listReportPeriods, publishPeriod } = await import("@/lib/reports/get-report");
  const { parsePeriod } = await import("@/lib/reports/periods");
  const { scopeProfile } = await import("@/lib/reports/scope-profile");
  try {
    await seedDemoData(db(), { now: NOW });
    for (const tenant of await db().tenant.findMany({ select: { id: true } })) {
      const scope = { tenantId: tenant.id };
      await releaseDueMonths(scope, NOW);
      const profile = (await scopeProfile(scope))!;
      const noisy = await readReleasedMonths(scope);
      const truth = [];
      for (const month of noisy) truth.push({ ...month, cells: trueCells(await readMonthFacts(scope, monthWindow(month.month, profile)), profile) });
      for (const offered of (await listReportPeriods(scope, NOW)).periods) {
        counts.periods += 1;
        const period = parsePeriod(offered.key, profile.timeZone, profile.yearStart);
        const seen = publishPeriod(profile, period, noisy);
        const real = publishPeriod(profile, period, truth);
        const pairs: [string, number | null, number | null][] = [
          ...COUNT_FIGURES.map((name): [string, number | null, number | null] => [name, seen.figures[name], real.figures[name]]),
          ...(["direction", "format", "topic", "trend"] as const).flatMap((name) =>
            seen.breakdowns[name].map((row, i): [string, number | null, number | null] => [`${name}.${row.key}`, row.value, real.breakdowns[name][i]!.value]),
          ),
        ];
        for (const [name, shown, actual] of pairs) {
          if (shown === null) continue;
          counts.published += 1;
          if (actual === null || actual < 50) continue;
          counts.compared += 1;
          const error = Math.abs(shown - actual) / actual;
          counts.errors.push(error);
          if (error <= 0.1) counts.within += 1;
          else process.stderr.write(`outside ±10 %: ${offered.key} ${name} shown ${shown}, truth ${actual}\n`);
        }
      }
    }
  } finally {
    await (await import("@/lib/db/pg-pool")).pgPool().end();
    await db().$disconnect();
    await database.dispose();
  }
  return counts;
}

if (process.argv.includes("--one")) {
  console.log(JSON.stringify(await measureOnce()));
} else {
  // Each seeding in its own process: the noise key, the settings and the database client are per process.
  const total: Counts = { periods: 0, published: 0, compared: 0, within: 0, errors: [] };
  for (let run = 0; run < RUNS; run += 1) {
    const once = () =>
      spawnSync(process.execPath, ["--import", "tsx", "bench/report-accuracy.bench.ts", "--one"], { encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] });
    let child = once();
    // A run's own throwaway Postgres can fail to start on a busy machine: one more try, said loudly.
    if (child.status !== 0) {
      process.stderr.write(`run ${run + 1} failed (exit ${child.status}); trying it once more\n`);
      child = once();
    }
    if (child.status !== 0) throw new Error(`run ${run + 1} failed twice (exit ${child.status}); its error is printed above`);
    const counts = JSON.parse(child.stdout.trim().split("\n").pop()!) as Counts;
    for (const key of ["periods", "published", "compared", "within"] as const) total[key] += counts[key];
    total.errors.push(...counts.errors);
  }
  total.errors.sort((a, b) => b - a);
  const share = total.compared ? Math.round((1000 * total.within) / total.compared) / 10 : 0;
  report(
    "report-accuracy",
    [
      {
        runs: RUNS,
        periods: total.periods,
        published: total.published,
        "truth ≥ 50": total.compared,
        "within ±10 %": total.within,
        share: `${share} %`,
        "worst error": `${Math.round(100 * (total.errors[0] ?? 0))} %`,
      },
    ],
    {
      runs: RUNS,
      publishedCounts: total.published,
      countsOf50OrMore: total.compared,
      within10Percent: total.within,
      sharePercent: share,
      met: total.compared > 0 && share >= 80,
    },
  );
}
