/**
 * LiveKit's own media server, built from its Go module into the project's data directory (never
 * committed). Idempotent: a binary of the pinned version is kept; without Go, it says so plainly.
 */
import { spawnSync } from "node:child_process";
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

export function ensureLivekitBinary(dataDir: string, log: (line: string) => void = console.log): InstallOutcome {
  const binary = livekitBinaryPath(dataDir);
  if (installedVersion(binary) === LIVEKIT_VERSION) return { status: "present", binary };
  if (spawnSync("go", ["version"], { encoding: "utf8" }).status !== 0) {
    return {
      status: "no-go",
      message: `Go is not installed, so the LiveKit server cannot be built here. Install Go 1.26 (https://go.dev/doc/install) and run \`npm run livekit:install\`, or set LIVEKIT_URL, LIVEKIT_API_KEY and LIVEKIT_API_SECRET to use a LiveKit server elsewhere.`,
    };
  }
  // go install names the binary after its folder ("server"): build into a folder of its own, then rename.
  const buildDir = path.resolve(dataDir, "bin", ".livekit-build");
  fs.mkdirSync(buildDir, { recursive: true });
  log(`[livekit] building livekit-server ${LIVEKIT_VERSION} from its Go module (a few minutes the first time)…`);
  const build = spawnSync("go", ["install", `${MODULE}@v${LIVEKIT_VERSION}`], {
    stdio: ["ignore", "inherit", "inherit"],
    env: { ...process.env, GOBIN: buildDir, CGO_ENABLED: "0" },
  });
  const built = path.join(buildDir, "server");
  if (build.status !== 0 || !fs.existsSync(built)) {
    return { status: "failed", message: `Building the LiveKit server failed (go install exited with ${build.status}). The output above says why.` };
  }
  fs.renameSync(built, binary);
  fs.rmSync(buildDir, { recursive: true, force: true });
  log(`[livekit] installed ${binary}`);
  return { status: "installed", binary };
}
