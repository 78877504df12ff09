/**
 * A LiveKit server on loopback for development and tests, run by `npm start` the way the embedded
 * Postgres is: bound to 127.0.0.1, its key pair generated once into the secrets file, webhooks
 * pointed at this Harbor, no external-IP discovery and no public STUN (there is no internet here).
 * Production points LIVEKIT_URL at LiveKit Cloud or a self-hosted cluster instead.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { livekitBinaryPath } from "./install";

export interface LocalLivekit {
  url: string;
  apiKey: string;
  apiSecret: string;
  logFile: string;
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

/** Starts the binary and resolves once it answers HTTP; null when it is not installed. */
export async function startLocalLivekit(options: LocalLivekitOptions): Promise<LocalLivekit | null> {
  const binary = livekitBinaryPath(options.dataDir);
  if (!fs.existsSync(binary)) return null;
  const { apiKey, apiSecret } = localLivekitKeys(options.dataDir);
  const dir = path.resolve(options.dataDir, "livekit");
  fs.mkdirSync(dir, { recursive: true });
  const configFile = path.join(dir, "config.yaml");
  fs.writeFileSync(configFile, JSON.stringify(loopbackConfig({ ...options, apiKey, apiSecret }), null, 2), { mode: 0o600 });
  const logFile = path.join(dir, "server.log");
  const out = fs.openSync(logFile, "a");
  const child: ChildProcess = spawn(binary, ["--config", configFile], { stdio: ["ignore", out, out] });
  fs.closeSync(out);

  const httpUrl = `http://127.0.0.1:${options.port}`;
  const ready = await waitUntilAnswering(httpUrl, child, 20_000);
  if (!ready) {
    child.kill("SIGKILL");
    throw new Error(`the LiveKit server did not start on port ${options.port}; see ${logFile}`);
  }
  return {
    url: `ws://127.0.0.1:${options.port}`,
    apiKey,
    apiSecret,
    logFile,
    stop: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise((resolve) => child.once("exit", resolve));
      child.kill("SIGTERM");
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5_000))]);
      if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
    },
  };
}

async function waitUntilAnswering(url: string, child: ChildProcess, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) return false;
    try {
      if ((await fetch(url)).ok) return true;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
  return false;
}
