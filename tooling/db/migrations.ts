/** Creating, applying and checking migrations with the WebAssembly schema engine. */
import fs from "node:fs";
import path from "node:path";
import { currentDatamodel, MIGRATIONS_DIR, openSchemaEngine, readMigrationList } from "./schema-engine";

const NO_FILTERS = { externalTables: [], externalEnums: [] };

export async function applyPendingMigrations(url: string): Promise<string[]> {
  const engine = await openSchemaEngine(url);
  try {
    const { appliedMigrationNames } = await engine.applyMigrations({ migrationsList: readMigrationList(), filters: NO_FILTERS });
    return appliedMigrationNames;
  } finally {
    engine.free();
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
