/**
 * npm start: one command from a fresh clone to a running Harbor.
 * Database (DATABASE_URL, or embedded Postgres under .data/) → migrations → demo data outside
 * production → LiveKit (LIVEKIT_URL, or a loopback server built from its Go module) → build when
 * missing or stale → `next start` and the job worker → clean shutdown on Ctrl-C or SIGTERM.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { createRequire } from "node:module";
import { openDatabase } from "@/tooling/db/database-url";
import { applyPendingMigrations } from "@/tooling/db/migrations";
import { deploymentEnvironment, env, EnvError, readStartupEnv } from "@/lib/env";
import { DEMO_PASSWORD } from "@/tooling/demo/seed-demo-data";
import { ensureLivekitBinary } from "@/tooling/livekit/install";
import { startLocalLivekit, type LocalLivekit } from "@/tooling/livekit/local-server";
import { buildIsCurrent, sourceHash, writeBuildStamp } from "./lib/build-stamp";
import { seedDemo } from "./lib/seed-demo";

const log = (line: string) => console.log(`[harbor] ${line}`);
const nextBin = createRequire(import.meta.url).resolve("next/dist/bin/next");

async function main() {
  const startup = readStartupEnv();
  const db = await openDatabase(log);
  let server: ChildProcess | undefined;
  let worker: ChildProcess | undefined;
  let livekit: LocalLivekit | null = null;
  let stopping = false;

  const shutdown = async (code: number) => {
    if (stopping) return;
    stopping = true;
    log("stopping…");
    await Promise.all(
      [server, worker].map(async (child) => {
        if (!child || child.exitCode !== null) return;
        const exited = new Promise((resolve) => child.once("exit", resolve));
        child.kill("SIGTERM");
        await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))]);
        if (child.exitCode === null) child.kill("SIGKILL");
      }),
    );
    await livekit?.stop();
    await db.close();
    log("stopped");
    process.exit(code);
  };
  process.on("SIGINT", () => void shutdown(0));
  process.on("SIGTERM", () => void shutdown(0));

  try {
    log(db.embedded ? `embedded Postgres on port ${db.embedded.port} (data: ${db.embedded.dataDir})` : "using DATABASE_URL");
    process.env.DATABASE_URL = db.url;
    const harborEnv = deploymentEnvironment();
    process.env.HARBOR_ENV = harborEnv;
    // next-auth builds absolute URLs from NEXTAUTH_URL; locally that is this server.
    if (harborEnv !== "production") process.env.NEXTAUTH_URL ??= `http://localhost:${startup.PORT}`;
    env(); // validates every setting now, and creates local secrets once, before Next starts

    const applied = await applyPendingMigrations(db.url);
    log(applied.length ? `applied migrations: ${applied.join(", ")}` : "database schema is up to date");
    if (harborEnv !== "production") log(await seedDemo(db.url));

    livekit = await prepareLivekit(startup);

    const hash = sourceHash();
    if (!buildIsCurrent(hash)) {
      log("building the app (first start or changed sources; about 20 seconds on two cores)…");
      const build = spawnSync(process.execPath, [nextBin, "build"], {
        stdio: "inherit",
        env: { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" },
      });
      if (build.status !== 0) throw new Error("next build failed; see the output above");
      writeBuildStamp(hash);
    }

    // Next.js behind Harbor's own HTTP server, which takes each client's address from the socket.
    server = spawn(process.execPath, ["--import", "tsx", "scripts/web.ts"], {
      stdio: ["ignore", "inherit", "inherit"],
      env: { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" },
    });
    server.on("exit", (code) => {
      if (!stopping) {
        log(`the web server exited (code ${code})`);
        void shutdown(code ?? 1);
      }
    });
    // E-mails, reminders and catalogue upkeep run in their own process, sharing the job queue.
    worker = spawn(process.execPath, ["--import", "tsx", "scripts/worker.ts"], { stdio: ["ignore", "inherit", "inherit"], env: process.env });
    worker.on("exit", (code) => {
      if (!stopping) {
        log(`the job worker exited (code ${code})`);
        void shutdown(code ?? 1);
      }
    });
    printWelcome(startup.PORT, harborEnv !== "production");
  } catch (error) {
    console.error(error instanceof EnvError ? error.message : error);
    await shutdown(1);
  }
}

/**
 * Calls need a LiveKit server: the one LIVEKIT_URL names, else a loopback one started here (built
 * first when Go is on the machine). Without either, the room says calls are not configured and
 * chat still works.
 */
async function prepareLivekit(startup: ReturnType<typeof readStartupEnv>): Promise<LocalLivekit | null> {
  if (env().LIVEKIT_URL) {
    log(`calls through the LiveKit server at ${env().LIVEKIT_URL}`);
    return null;
  }
  const install = ensureLivekitBinary(startup.HARBOR_DATA_DIR, log);
  if (!("binary" in install)) {
    log(`calls are not configured: ${install.message}`);
    return null;
  }
  // A LiveKit that cannot start (its port taken by another Harbor, say) leaves calls off, not Harbor down.
  const local = await startLocalLivekit({
    dataDir: startup.HARBOR_DATA_DIR,
    port: startup.LIVEKIT_LOCAL_PORT,
    webhookUrl: `http://127.0.0.1:${startup.PORT}/api/livekit/webhook`,
  }).catch((error: unknown) => {
    log(`calls are not configured: ${error instanceof Error ? error.message : String(error)} (set LIVEKIT_LOCAL_PORT to use another port)`);
    return null;
  });
  if (!local) return null;
  // The web server and the worker read these like any configured LiveKit.
  process.env.LIVEKIT_URL = local.url;
  process.env.LIVEKIT_API_KEY = local.apiKey;
  process.env.LIVEKIT_API_SECRET = local.apiSecret;
  log(`LiveKit server on ${local.url} (log: ${local.logFile})`);
  return local;
}

function printWelcome(port: number, demo: boolean) {
  log(`Harbor is running at http://localhost:${port}`);
  if (!demo) return;
  log(`demo sign-ins (password for all: ${DEMO_PASSWORD}):`);
  const logins: [string, string][] = [
    ["employee (Acme)", "employee@acme.test"],
    ["employee (Northwind)", "employee@northwind.test"],
    ["psychologist", "psychologist@harbor.test"],
    ["HR manager (Acme)", "hr@acme.test"],
    ["tenant admin (Acme)", "admin@acme.test"],
    ["platform admin", "admin@harbor.test"],
  ];
  for (const [who, email] of logins) log(`  ${who.padEnd(22)} ${email}`);
}

void main();
