/**
 * Where the application's database is: DATABASE_URL when given, otherwise the embedded cluster
 * under .data/ (started here, or shared with a running `npm start`).
 */
import path from "node:path";
import pg from "pg";
import { readStartupEnv } from "@/lib/env";
import { startEmbeddedPostgres, type EmbeddedPostgres } from "./embedded-postgres";

export const EMBEDDED_DATABASE = "harbor";

export interface DatabaseHandle {
  url: string;
  embedded?: EmbeddedPostgres;
  close(): Promise<void>;
}

export async function openDatabase(log: (line: string) => void = () => {}): Promise<DatabaseHandle> {
  const env = readStartupEnv();
  if (env.DATABASE_URL) return { url: env.DATABASE_URL, close: async () => {} };

  const embedded = await startEmbeddedPostgres({ dataDir: path.join(env.HARBOR_DATA_DIR, "pg"), port: env.EMBEDDED_PG_PORT, log });
  await ensureDatabase(embedded.adminUrl, EMBEDDED_DATABASE);
  return { url: embedded.urlFor(EMBEDDED_DATABASE), embedded, close: () => embedded.stop() };
}

/** CREATE DATABASE has no IF NOT EXISTS; check the catalog first and tolerate a concurrent create. */
export async function ensureDatabase(adminUrl: string, name: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (!rowCount) await client.query(`CREATE DATABASE ${client.escapeIdentifier(name)}`);
  } catch (error) {
    if ((error as { code?: string }).code !== "42P04") throw error; // duplicate_database
  } finally {
    await client.end();
  }
}
