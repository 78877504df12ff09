/** Creating, applying and checking migrations with the WebAssembly schema engine. */
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { DATA_STEPS } from "./data-steps";
import type { MigrationList } from "@prisma/schema-engine-wasm";
import { currentDatamodel, MIGRATIONS_DIR, openSchemaEngine, readMigrationList } from "./schema-engine";

const NO_FILTERS = { externalTables: [], externalEnums: [] };

/**
 * Applies every pending migration. Where a data step (tooling/db/data-steps.ts) sits between two
 * pending migrations, the migrations up to it are applied first, the step runs in one transaction,
 * then the rest follow.
 */
export async function applyPendingMigrations(url: string, log: (line: string) => void = () => {}): Promise<string[]> {
  const list = readMigrationList();
  const applied: string[] = [];
  for (const step of DATA_STEPS) {
    const index = list.migrationDirectories.findIndex((d) => d.path === step.after);
    const next = list.migrationDirectories[index + 1];
    if (index < 0 || !next || (await isApplied(url, next.path))) continue;
    applied.push(...(await applyMigrationsThrough(url, step.after)));
    log(await runInTransaction(url, step.run));
  }
  applied.push(...(await applyMigrations(url, list)));
  return applied;
}

/** Applies the migrations up to and including `last`, without data steps: the schema as it was then. */
export async function applyMigrationsThrough(url: string, last: string): Promise<string[]> {
  const list = readMigrationList();
  const index = list.migrationDirectories.findIndex((d) => d.path === last);
  if (index < 0) throw new Error(`no migration named ${last}`);
  return applyMigrations(url, { ...list, migrationDirectories: list.migrationDirectories.slice(0, index + 1) });
}

/**
 * The schema engine takes Postgres's migration advisory lock and gives up after 10 s. Another process
 * migrating the same server (two Harbors starting at once, tests preparing databases side by side on a
 * busy machine) can hold it longer: waiting for it again is right, failing the start is not.
 */
const LOCK_ATTEMPTS = 4;

async function applyMigrations(url: string, migrationsList: MigrationList): Promise<string[]> {
  for (let attempt = 1; ; attempt++) {
    const engine = await openSchemaEngine(url);
    try {
      const { appliedMigrationNames } = await engine.applyMigrations({ migrationsList, filters: NO_FILTERS });
      return appliedMigrationNames;
    } catch (error) {
      if (attempt >= LOCK_ATTEMPTS || !String((error as Error)?.message).includes("advisory lock")) throw error;
    } finally {
      engine.free();
    }
  }
}

async function isApplied(url: string, migration: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ done: boolean }>(
      "SELECT to_regclass('_prisma_migrations') IS NOT NULL AND EXISTS (SELECT 1 FROM _prisma_migrations WHERE migration_name = $1 AND finished_at IS NOT NULL) AS done",
      [migration],
    );
    return rows[0]?.done ?? false;
  } catch (error) {
    if ((error as { code?: string }).code === "42P01") return false; // no migrations table yet
    throw error;
  } finally {
    await client.end();
  }
}

async function runInTransaction(url: string, step: (client: pg.ClientBase) => Promise<string>): Promise<string> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query("BEGIN");
    const summary = await step(client);
    await client.query("COMMIT");
    return summary;
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  } finally {
    await client.end();
  }
}

/**
 * Writes prisma/migrations/<timestamp>_<name>/migration.sql with the SQL schema.prisma adds to what
 * the migrations build; returns null when there is nothing to add. `draft` writes an empty file for
 * hand-written SQL (constraints Prisma cannot express). The engine's own createMigration cannot
 * reach a shadow database in its WebAssembly build; its diff can, and gives the same SQL.
 */
export async function createMigration(url: string, name: string, options: { draft?: boolean } = {}): Promise<string | null> {
  const sql = options.draft ? "-- Hand-written SQL: what schema.prisma cannot express.\n" : await diffMigrationsAgainstSchema(url);
  if (!sql) return null;
  const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
  const dir = path.join(MIGRATIONS_DIR, `${stamp}_${name}`);
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, "migration.sql"), `${sql.trim()}\n`);
  return dir;
}

/**
 * The SQL that would turn the schema the migrations build (replayed on a throwaway shadow
 * database) into what schema.prisma describes. Empty means no drift.
 */
export async function diffMigrationsAgainstSchema(url: string, datamodel = currentDatamodel()): Promise<string> {
  const engine = await openSchemaEngine(url);
  try {
    const result = await engine.diff({
      from: { tag: "migrations", ...readMigrationList() },
      to: datamodel,
      script: true,
      exitCode: true,
      filters: NO_FILTERS,
    });
    return result.exitCode === 0 ? "" : (result.stdout ?? "").trim();
  } finally {
    engine.free();
  }
}
