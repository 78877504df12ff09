/**
 * A fresh, migrated database for one test run: a throwaway embedded cluster, or a new database on
 * the server DATABASE_URL names (dropped afterwards). Never a mock.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { startEmbeddedPostgres } from "@/tooling/db/embedded-postgres";
import { ensureDatabase } from "@/tooling/db/database-url";
import { applyPendingMigrations } from "@/tooling/db/migrations";

export interface TestDatabase {
  url: string;
  adminUrl: string;
  dispose(): Promise<void>;
}

export async function createTestDatabase(label: string): Promise<TestDatabase> {
  const name = `harbor_${label}_${process.pid}_${Date.now().toString(36)}`;
  const given = process.env.DATABASE_URL;
  if (given) {
    const adminUrl = withDatabase(given, "postgres");
    await ensureDatabase(adminUrl, name);
    const url = withDatabase(given, name);
    await applyPendingMigrations(url);
    return { url, adminUrl, dispose: () => dropDatabase(adminUrl, name) };
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "harbor-test-pg-"));
  fs.chmodSync(dir, 0o755);
  const server = await startEmbeddedPostgres({ dataDir: path.join(dir, "pg"), ephemeral: true, port: 0 });
  await ensureDatabase(server.adminUrl, name);
  const url = server.urlFor(name);
  await applyPendingMigrations(url);
  return {
    url,
    adminUrl: server.adminUrl,
    dispose: async () => {
      await server.stop();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

async function dropDatabase(adminUrl: string, name: string) {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await client.end();
}

/** An empty database beside the run's own (same server), dropped by the returned function. */
export async function scratchDatabase(adminUrl: string, label: string): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `harbor_${label}_${process.pid}_${Date.now().toString(36)}`;
  await ensureDatabase(adminUrl, name);
  return { url: withDatabase(adminUrl, name), drop: () => dropDatabase(adminUrl, name) };
}
