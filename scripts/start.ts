/**
 * npm start: one command from a fresh clone to a running Harbor.
 * Database (DATABASE_URL, or embedded Postgres under .data/) → migrations → demo data outside
 * production → LiveKit (LIVEKIT_URL, or a loopback server: started now when built, else built from
 * its Go module in the background) → build when missing or stale → the web server and the job worker
 * → every child stopped on Ctrl-C, SIGTERM or failure, at any stage.
 */
import { spawn } from "node:child_process";
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { openDatabase } from "@/tooling/db/database-url";
import { applyPendingMigrations } from "@/tooling/db/migrations";
import { deploymentEnvironment, env, EnvError, readStartupEnv } from "@/lib/env";
import { DEMO_PASSWORD } from "@/tooling/demo/seed-demo-data";
import { writeLocalLivekitState } from "@/lib/sessions/local-livekit-state";
import { buildLivekitBinaryInBackground, presentLivekitBinary } from "@/tooling/livekit/install";
import { startLocalLivekit } from "@/tooling/livekit/local-server";
import { stopAllChildren, track } from "@/tooling/process/children";
import { buildIsCurrent, sourceHash, writeBuildStamp } from "./lib/build-stamp";
import { seedDemo } from "./lib/seed-demo";

const log = (line: string) => console.log(`[harbor] ${line}`);
const nextBin = createRequire(import.meta.url).resolve("next/dist/bin/next");

async function main() {
  const startup = readStartupEnv();
  let stopping = false;
  // Stops are wired before anything starts, so a Ctrl-C at any stage (a LiveKit build, `next build`)
  // stops every child (tooling/process/children.ts) and the embedded Postgres.
  const opening = openDatabase(log);
  const shutdown = async (code: number) => {
    if (stopping) return;
    stopping = true;
    log("stopping…");
    await stopAllChildren();
    await (await opening.catch(() => null))?.close();
    log("stopped");
    process.exit(code);
  };
  process.on("SIGINT", () => void shutdown(0));
  process.on("SIGTERM", () => void shutdown(0));
  const exitWithHarbor = (name: string) => (code: number | null) => {
    if (stopping) return;
    log(`the ${name} exited (code ${code})`);
    void shutdown(code || 1);
  };

  try {
    const db = await opening;
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

    const calls = await prepareCalls(startup, () => stopping);

    if (stopping) return;
    const hash = sourceHash();
    if (!buildIsCurrent(hash)) {
      log("building the app (first start or changed sources; about 2 minutes on two cores)…");
      const build = track(
        spawn(process.execPath, [nextBin, "build"], { stdio: "inherit", env: { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" } }),
      );
      const status = await new Promise<number | null>((resolve) => build.once("exit", resolve));
      if (stopping) return;
      if (status !== 0) throw new Error("next build failed; see the output above");
      writeBuildStamp(hash);
    }

    if (stopping) return;
    // Next.js behind Harbor's own HTTP server, which takes each client's address from the socket.
    const web = track(
      spawn(process.execPath, ["--import", "tsx", "scripts/web.ts"], {
        stdio: ["ignore", "inherit", "inherit"],
        env: { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" },
      }),
    );
    web.on("exit", exitWithHarbor("web server"));
    // E-mails, reminders and catalogue upkeep run in their own process, sharing the job queue.
    const worker = track(spawn(process.execPath, ["--import", "tsx", "scripts/worker.ts"], { stdio: ["ignore", "inherit", "inherit"], env: process.env }));
    worker.on("exit", exitWithHarbor("job worker"));
    printWelcome(startup.PORT, harborEnv !== "production");
    await calls.ready;
  } catch (error) {
    if (stopping) return;
    console.error(error instanceof EnvError ? error.message : error);
    await shutdown(1);
  }
}

/**
 * Calls need a LiveKit server: the one LIVEKIT_URL names, else a loopback one started here. When its
 * binary is already built it is started before the web server (a second or two); on a first start it
 * is built from Go in the background while Harbor serves pages, and rooms say calls are "being set up"
 * until it is ready (lib/sessions/local-livekit-state.ts). Without Go, calls are off and chat works.
 */
async function prepareCalls(startup: ReturnType<typeof readStartupEnv>, stopping: () => boolean): Promise<{ ready: Promise<void> }> {
  if (env().LIVEKIT_URL) {
    log(`calls through the LiveKit server at ${env().LIVEKIT_URL}`);
    return { ready: Promise.resolve() };
  }
  const stateFile = path.resolve(startup.HARBOR_DATA_DIR, "livekit", "state.json");
  fs.mkdirSync(path.dirname(stateFile), { recursive: true });
  writeLocalLivekitState(stateFile, { status: "setting-up" });
  // The web server and the worker find the local server through this file once it is up.
  process.env.HARBOR_LOCAL_LIVEKIT = stateFile;
  const unavailable = (reason: string) => {
    writeLocalLivekitState(stateFile, { status: "unavailable", reason });
    log(`calls are not configured: ${reason}`);
  };
  const start = async () => {
    const install = await buildLivekitBinaryInBackground(startup.HARBOR_DATA_DIR, log);
    if (stopping()) return;
    if (!("binary" in install)) return unavailable(install.message);
    try {
      const local = await startLocalLivekit({
        dataDir: startup.HARBOR_DATA_DIR,
        port: startup.LIVEKIT_LOCAL_PORT,
        webhookUrl: `http://127.0.0.1:${startup.PORT}/api/livekit/webhook`,
      });
      if (!local) return unavailable("the LiveKit binary is missing");
      writeLocalLivekitState(stateFile, { status: "ready", url: local.url, apiKey: local.apiKey, apiSecret: local.apiSecret });
      const moved = local.port !== startup.LIVEKIT_LOCAL_PORT ? ` (port ${startup.LIVEKIT_LOCAL_PORT} was taken)` : "";
      log(`LiveKit server on ${local.url}${moved}, checked with this Harbor's own key (log: ${local.logFile})`);
    } catch (error) {
      if (!stopping()) unavailable(error instanceof Error ? error.message : String(error));
    }
  };
  if (presentLivekitBinary(startup.HARBOR_DATA_DIR)) {
    await start();
    return { ready: Promise.resolve() };
  }
  return { ready: start() };
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
