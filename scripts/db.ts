/**
 * npm run db:migrate -- <name>   write a migration for schema.prisma's changes, then apply it
 * npm run db:migrate -- <name> --create-only   write an empty/draft migration for hand-written SQL
 * npm run db:deploy              apply pending migrations
 * npm run db:check               exit 1 when the migrations and schema.prisma disagree
 * npm run db:backup -- <file>     pg_dump of the database (the running Harbor's, or DATABASE_URL's)
 * npm run db:restore -- <file>    pg_restore into the database, which must be empty
 */
import { backupDatabase, restoreDatabase } from "@/tooling/db/backup";
import { ensureClientTools, type ClientTools } from "@/tooling/db/client-tools";
import { openDatabase } from "@/tooling/db/database-url";
import { applyPendingMigrations, createMigration, diffMigrationsAgainstSchema } from "@/tooling/db/migrations";

const [command, ...rest] = process.argv.slice(2);
const db = await openDatabase((line) => console.error(`[db] ${line}`));
// Data steps between migrations seal rows with the app's keys, read through lib/env like the app does.
process.env.DATABASE_URL ??= db.url;
let exitCode = 0;
try {
  if (command === "migrate") {
    const name = rest.find((arg) => !arg.startsWith("--"));
    if (!name || !/^[a-z0-9_]+$/.test(name)) throw new Error("Name the migration in snake_case: npm run db:migrate -- add_feedback_index");
    const dir = await createMigration(db.url, name, { draft: rest.includes("--create-only") });
    console.log(dir ? `wrote ${dir}` : "schema.prisma matches the migrations: nothing to write");
    if (!rest.includes("--create-only")) report(await applyPendingMigrations(db.url));
  } else if (command === "deploy") {
    report(await applyPendingMigrations(db.url));
  } else if (command === "check") {
    const drift = await diffMigrationsAgainstSchema(db.url);
    if (drift) {
      console.error(`schema.prisma and prisma/migrations disagree. Run npm run db:migrate -- <name>. Missing SQL:\n${drift}`);
      exitCode = 1;
    } else console.log("no drift");
  } else if (command === "backup" || command === "restore") {
    const file = rest[0];
    if (!file) throw new Error(`Name the file: npm run db:${command} -- harbor.dump`);
    if (command === "backup") {
      backupDatabase(clientTools(), db.url, file);
      console.log(`wrote ${file}. Keep ENCRYPTION_KEYS and IDENTIFIER_PEPPER (or .data/secrets.json) apart from it: the dump is unreadable without them.`);
    } else {
      await restoreDatabase(clientTools(), db.url, file);
      console.log(`restored ${file}`);
    }
  } else {
    console.error("usage: scripts/db.ts migrate <name> [--create-only] | deploy | check | backup <file> | restore <file>");
    exitCode = 2;
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  exitCode = 1;
} finally {
  await db.close();
}
process.exit(exitCode);

function clientTools(): ClientTools {
  const tools = ensureClientTools(process.env.HARBOR_DATA_DIR ?? ".data", (line) => console.error(line));
  if ("message" in tools) throw new Error(tools.message);
  return tools;
}

function report(applied: string[]) {
  console.log(applied.length ? `applied: ${applied.join(", ")}` : "database is up to date");
}
