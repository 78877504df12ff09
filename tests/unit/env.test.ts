import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";

const saved = { ...process.env };
afterEach(() => {
  process.env = { ...saved };
  vi.resetModules();
});

async function loadEnv(vars: Record<string, string | undefined>) {
  process.env = { PATH: saved.PATH, ...vars } as unknown as NodeJS.ProcessEnv;
  vi.resetModules();
  return (await import("@/lib/env")).env();
}

const dataDir = () => fs.mkdtempSync(path.join(os.tmpdir(), "harbor-env-"));
const DB = "postgresql://u:p@localhost:5432/harbor";

describe("env", () => {
  it("generates missing secrets once outside production and keeps them", async () => {
    const dir = dataDir();
    const first = await loadEnv({ DATABASE_URL: DB, HARBOR_DATA_DIR: dir });
    const second = await loadEnv({ DATABASE_URL: DB, HARBOR_DATA_DIR: dir });
    expect(first.NEXTAUTH_SECRET.length).toBeGreaterThanOrEqual(32);
    expect(second.NEXTAUTH_SECRET).toBe(first.NEXTAUTH_SECRET);
    expect(fs.statSync(path.join(dir, "secrets.json")).mode & 0o777).toBe(0o600);
  });

  it("requires secrets in production and names them", async () => {
    await expect(loadEnv({ DATABASE_URL: DB, HARBOR_ENV: "production", HARBOR_DATA_DIR: dataDir() })).rejects.toThrow(
      /NEXTAUTH_SECRET: required in production[\s\S]*IDENTIFIER_PEPPER[\s\S]*ENCRYPTION_KEYS/,
    );
  });

  it("names a malformed setting and says what is expected", async () => {
    await expect(loadEnv({ DATABASE_URL: "mysql://x", HARBOR_DATA_DIR: dataDir() })).rejects.toThrow(/DATABASE_URL: must be a postgres:\/\//);
    await expect(loadEnv({ DATABASE_URL: DB, HARBOR_DATA_DIR: dataDir(), IDENTIFIER_PEPPER: "short" })).rejects.toThrow(/IDENTIFIER_PEPPER: must be 32 bytes/);
    await expect(loadEnv({ DATABASE_URL: DB, HARBOR_DATA_DIR: dataDir(), LIVEKIT_URL: "wss://lk.example" })).rejects.toThrow(
      /LIVEKIT_API_KEY and LIVEKIT_API_SECRET together/,
    );
  });

  it("treats a server given its own database under next start as production", async () => {
    const { deploymentEnvironment } = await import("@/lib/env");
    expect(deploymentEnvironment({ NODE_ENV: "production", DATABASE_URL: DB })).toBe("production");
    expect(deploymentEnvironment({ NODE_ENV: "production" })).toBe("development");
    expect(deploymentEnvironment({ NODE_ENV: "production", DATABASE_URL: DB, HARBOR_ENV: "development" })).toBe("development");
  });

  it("listens on loopback outside production unless HOSTNAME says otherwise, and on every interface in production", async () => {
    const { listenHostname } = await import("@/lib/env");
    expect(listenHostname({ HOSTNAME: undefined }, {})).toBe("127.0.0.1");
    expect(listenHostname({ HOSTNAME: undefined }, { HARBOR_ENV: "production" })).toBe("0.0.0.0");
    expect(listenHostname({ HOSTNAME: "0.0.0.0" }, {})).toBe("0.0.0.0");
    expect(listenHostname({ HOSTNAME: "::1" }, { HARBOR_ENV: "production" })).toBe("::1");
  });
});
