/**
 * LiveKit's own media server, built from its Go module into the project's data directory (never
 * committed). Idempotent: a binary of the pinned version is kept; without Go, it says so plainly.
 */
import { spawn, spawnSync } from "node:child_process";
import { track } from "@/tooling/process/children";
import fs from "node:fs";
import path from "node:path";

export const LIVEKIT_VERSION = "1.13.5";
const MODULE = "github.com/livekit/livekit-server/cmd/server";

export function livekitBinaryPath(dataDir: string): string {
  return path.resolve(dataDir, "bin", "livekit-server");
}

function installedVersion(binary: string): string | null {
  if (!fs.existsSync(binary)) return null;
  const result = spawnSync(binary, ["--version"], { encoding: "utf8" });
  return /(\d+\.\d+\.\d+)/.exec(`${result.stdout}${result.stderr}`)?.[1] ?? null;
}

export type InstallOutcome = { status: "present" | "installed"; binary: string } | { status: "no-go" | "failed"; message: string };

const NO_GO =
  "Go is not installed, so the LiveKit server cannot be built here. Install Go 1.26 (https://go.dev/doc/install) and run `npm run livekit:install`, or set LIVEKIT_URL, LIVEKIT_API_KEY and LIVEKIT_API_SECRET to use a LiveKit server elsewhere.";

/** The binary when the pinned version is already built: no build, no waiting. */
export function presentLivekitBinary(dataDir: string): string | null {
  const binary = livekitBinaryPath(dataDir);
  return installedVersion(binary) === LIVEKIT_VERSION ? binary : null;
}

function buildCommand(dataDir: string) {
  // go install names the binary after its folder ("server"): build into a folder of its own, then rename.
  const buildDir = path.resolve(dataDir, "bin", ".livekit-build");
  fs.mkdirSync(buildDir, { recursive: true });
  return {
    args: ["install", `${MODULE}@v${LIVEKIT_VERSION}`],
    env: { ...process.env, GOBIN: buildDir, CGO_ENABLED: "0" },
    finish(status: number | null, log: (line: string) => void): InstallOutcome {
      const built = path.join(buildDir, "server");
      if (status !== 0 || !fs.existsSync(built)) {
        return { status: "failed", message: `Building the LiveKit server failed (go install exited with ${status}). The output above says why.` };
      }
      const binary = livekitBinaryPath(dataDir);
      fs.renameSync(built, binary);
      fs.rmSync(buildDir, { recursive: true, force: true });
      log(`[livekit] installed ${binary}`);
      return { status: "installed", binary };
    },
  };
}

/** Builds when needed, blocking: for `npm run livekit:install` and `npm test`, which need it before anything else. */
export function ensureLivekitBinary(dataDir: string, log: (line: string) => void = console.log): InstallOutcome {
  const present = presentLivekitBinary(dataDir);
  if (present) return { status: "present", binary: present };
  if (spawnSync("go", ["version"], { encoding: "utf8" }).status !== 0) return { status: "no-go", message: NO_GO };
  log(`[livekit] building livekit-server ${LIVEKIT_VERSION} from its Go module (a few minutes the first time)…`);
  const command = buildCommand(dataDir);
  const build = spawnSync("go", command.args, { stdio: ["ignore", "inherit", "inherit"], env: command.env });
  return command.finish(build.status, log);
}

/** Builds when needed without blocking, the build registered for shutdown: `npm start` serves pages meanwhile. */
export async function buildLivekitBinaryInBackground(dataDir: string, log: (line: string) => void): Promise<InstallOutcome> {
  const present = presentLivekitBinary(dataDir);
  if (present) return { status: "present", binary: present };
  if (spawnSync("go", ["version"], { encoding: "utf8" }).status !== 0) return { status: "no-go", message: NO_GO };
  log(
    `[livekit] building livekit-server ${LIVEKIT_VERSION} from its Go module in the background (about 4 minutes the first time; calls say "being set up" until then)…`,
  );
  const command = buildCommand(dataDir);
  const output = path.resolve(dataDir, "bin", "livekit-build.log");
  const out = fs.openSync(output, "w");
  const child = track(spawn("go", command.args, { stdio: ["ignore", out, out], env: command.env, detached: true }), { group: true });
  fs.closeSync(out);
  const status = await new Promise<number | null>((resolve) => {
    child.once("exit", (code) => resolve(code));
    child.once("error", () => resolve(null));
  });
  const outcome = command.finish(status, log);
  if (outcome.status === "failed") return { ...outcome, message: outcome.message.replace("The output above says why.", `See ${output}.`) };
  return outcome;
}
