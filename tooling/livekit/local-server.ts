/**
 * A LiveKit server on loopback for development and tests, run by `npm start` the way the embedded
 * Postgres is: bound to 127.0.0.1, its key pair generated once into the secrets file, webhooks
 * pointed at this Harbor, no external-IP discovery and no public STUN (there is no internet here).
 * Production points LIVEKIT_URL at LiveKit Cloud or a self-hosted cluster instead.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import dgram from "node:dgram";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import { RoomServiceClient } from "livekit-server-sdk";
import { stopChild, track } from "@/tooling/process/children";
import { livekitBinaryPath } from "./install";

export interface LocalLivekit {
  url: string;
  apiKey: string;
  apiSecret: string;
  logFile: string;
  /** The HTTP/WebSocket port it took (the asked one, or the next free pair). */
  port: number;
  stop(): Promise<void>;
}

interface LocalLivekitOptions {
  dataDir: string;
  /** HTTP and WebSocket port; the media (UDP) port is the next but one. */
  port: number;
  webhookUrl: string;
}

/** The key pair lives in the same git-ignored secrets file as Harbor's own generated secrets. */
export function localLivekitKeys(dataDir: string): { apiKey: string; apiSecret: string } {
  const file = path.resolve(dataDir, "secrets.json");
  const secrets: Record<string, string> = fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, "utf8")) : {};
  if (!secrets.LIVEKIT_LOCAL_API_KEY || !secrets.LIVEKIT_LOCAL_API_SECRET) {
    secrets.LIVEKIT_LOCAL_API_KEY = `harbor-${randomBytes(6).toString("hex")}`;
    secrets.LIVEKIT_LOCAL_API_SECRET = randomBytes(32).toString("base64url");
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const staging = `${file}.${process.pid}.tmp`;
    fs.writeFileSync(staging, JSON.stringify(secrets, null, 2), { mode: 0o600 });
    fs.renameSync(staging, file);
  }
  return { apiKey: secrets.LIVEKIT_LOCAL_API_KEY, apiSecret: secrets.LIVEKIT_LOCAL_API_SECRET };
}

/** The server's configuration (JSON is valid YAML). STACK-NOTES.md explains each loopback setting. */
export function loopbackConfig(options: { port: number; apiKey: string; apiSecret: string; webhookUrl: string }) {
  return {
    port: options.port,
    bind_addresses: ["127.0.0.1"],
    keys: { [options.apiKey]: options.apiSecret },
    logging: { level: "info", json: false },
    rtc: {
      udp_port: options.port + 2,
      tcp_port: 0,
      node_ip: "127.0.0.1",
      use_external_ip: false,
      enable_loopback_candidate: true,
      interfaces: { includes: ["lo"] },
      stun_servers: ["127.0.0.1:3478"],
    },
    room: { empty_timeout: 300, departure_timeout: 20 },
    webhook: { api_key: options.apiKey, urls: [options.webhookUrl] },
  };
}

/** How far from the asked port a free pair is looked for (ports step by 10: HTTP on p, UDP media on p + 2). */
const PORT_TRIES = 10;

/**
 * Starts the binary and resolves once it answers *with our keys* (another server on the port, a
 * second Harbor's, would refuse them); null when it is not installed. When the asked ports are taken
 * it moves on to free ones, as the embedded Postgres does, so two Harbors on one machine both hold calls.
 */
export async function startLocalLivekit(options: LocalLivekitOptions): Promise<LocalLivekit | null> {
  const binary = livekitBinaryPath(options.dataDir);
  if (!fs.existsSync(binary)) return null;
  const { apiKey, apiSecret } = localLivekitKeys(options.dataDir);
  const dir = path.resolve(options.dataDir, "livekit");
  fs.mkdirSync(dir, { recursive: true });
  stopOrphan(dir);
  const logFile = path.join(dir, "server.log");
  const tried: number[] = [];
  for (let port = options.port; tried.length < PORT_TRIES && port + 2 <= 65535; port += 10) {
    if (!(await portsFree(port))) continue;
    tried.push(port);
    const configFile = path.join(dir, "config.yaml");
    fs.writeFileSync(configFile, JSON.stringify(loopbackConfig({ ...options, port, apiKey, apiSecret }), null, 2), { mode: 0o600 });
    const out = fs.openSync(logFile, "a");
    const child: ChildProcess = track(spawn(binary, ["--config", configFile], { stdio: ["ignore", out, out] }));
    fs.closeSync(out);
    fs.writeFileSync(path.join(dir, "server.pid"), String(child.pid));
    const httpUrl = `http://127.0.0.1:${port}`;
    if (await answersWithOurKeys(httpUrl, apiKey, apiSecret, child, 30_000)) {
      return { url: `ws://127.0.0.1:${port}`, apiKey, apiSecret, logFile, port, stop: () => stopChild(child, 5_000) };
    }
    // Taken between the check and the bind (another Harbor starting at the same moment), or broken: next pair.
    await stopChild(child, 2_000);
  }
  throw new Error(`the LiveKit server did not start (tried ports ${tried.join(", ") || `from ${options.port}: all taken`}); see ${logFile}`);
}

/** Whether the HTTP/WebSocket port and the media (UDP) port are both free on loopback. */
async function portsFree(port: number): Promise<boolean> {
  const tcp = await new Promise<boolean>((resolve) => {
    const server = net.createServer();
    server.once("error", () => resolve(false));
    server.listen(port, "127.0.0.1", () => server.close(() => resolve(true)));
  });
  if (!tcp) return false;
  return new Promise<boolean>((resolve) => {
    const socket = dgram.createSocket("udp4");
    socket.once("error", () => resolve(false));
    socket.bind(port + 2, "127.0.0.1", () => socket.close(() => resolve(true)));
  });
}

async function answersWithOurKeys(url: string, apiKey: string, apiSecret: string, child: ChildProcess, timeoutMs: number): Promise<boolean> {
  const rooms = new RoomServiceClient(url, apiKey, apiSecret);
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) return false;
    try {
      await rooms.listRooms();
      return true;
    } catch {
      // not listening yet, or someone else's server answered
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return false;
}

/** A server left running by a Harbor that was killed outright (SIGKILL leaves no chance to stop it) is stopped before a new one starts. */
function stopOrphan(dir: string) {
  const pidFile = path.join(dir, "server.pid");
  const pid = Number(fs.existsSync(pidFile) ? fs.readFileSync(pidFile, "utf8") : NaN);
  fs.rmSync(pidFile, { force: true });
  if (!Number.isInteger(pid) || pid <= 0) return;
  try {
    // Only ours: the command line names this data folder's config.
    const command = fs.readFileSync(`/proc/${pid}/cmdline`, "utf8");
    if (command.includes(path.join(dir, "config.yaml"))) process.kill(pid, "SIGKILL");
  } catch {
    // gone already, or not a Linux /proc
  }
}
