/**
 * Backing up and restoring a running Harbor with PostgreSQL's own programs. pg_dump reads one
 * consistent snapshot while the app keeps writing; the custom format restores in any order.
 * The dump holds personal data only sealed: restoring it is useless without the same
 * ENCRYPTION_KEYS and IDENTIFIER_PEPPER, which are backed up apart from it (README, "Backups").
 */
import { spawnSync } from "node:child_process";
import pg from "pg";
import type { ClientTools } from "./client-tools";

function run(program: string, args: string[]): void {
  const result = spawnSync(program, args, { encoding: "utf8" });
  if (result.status !== 0) throw new Error(`${program} failed (exit ${result.status}): ${(result.stderr || result.error?.message || "").trim()}`);
}

/** `format: "plain"` writes SQL text (what an attacker reading a stolen dump would see). */
export function backupDatabase(tools: ClientTools, url: string, file: string, format: "custom" | "plain" = "custom"): void {
  run(tools.pgDump, ["--format", format, "--no-owner", "--no-privileges", "--file", file, "--dbname", url]);
}

/** Restores into an empty database only: restoring over live data would mix two histories. */
export async function restoreDatabase(tools: ClientTools, url: string, file: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM information_schema.tables WHERE table_schema NOT IN ('pg_catalog', 'information_schema')",
    );
    if (rows[0]!.n > 0)
      throw new Error("The target database is not empty. Restore into a new database (createdb harbor_restored), then point DATABASE_URL at it.");
  } finally {
    await client.end();
  }
  run(tools.pgRestore, ["--no-owner", "--no-privileges", "--exit-on-error", "--single-transaction", "--dbname", url, file]);
}
