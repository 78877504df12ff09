/**
 * npm run db:migrate -- <name>   write a migration for schema.prisma's changes, then apply it
 * npm run db:migrate -- <name> --create-only   write an empty/draft migration for hand-written SQL
 * npm run db:deploy              apply pending migrations
 * npm run db:check               exit 1 when the migrations and schema.prisma disagree
 */
import { openDatabase } from "@/tooling/db/database-url";
import { applyPendingMigrations, createMigration, diffMigrationsAgainstSchema } from "@/tooling/db/migrations";

const [command, ...rest] = process.argv.slice(2);
const db = await openDatabase((line) => console.error(`[db] ${line}`));
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
  } else {
    console.error("usage: scripts/db.ts migrate <name> [--create-only] | deploy | check");
    exitCode = 2;
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  exitCode = 1;
} finally {
  await db.close();
}
process.exit(exitCode);

function report(applied: string[]) {
  console.log(applied.length ? `applied: ${applied.join(", ")}` : "database is up to date");
}
