/** npm run db:seed — adds the demo data unless it is there already. */
import { openDatabase } from "@/tooling/db/database-url";
import { applyPendingMigrations } from "@/tooling/db/migrations";
import { seedDemo } from "./lib/seed-demo";

const db = await openDatabase((line) => console.error(`[db] ${line}`));
// Data steps between migrations seal rows with the app's keys, read through lib/env like the app does.
process.env.DATABASE_URL ??= db.url;
try {
  await applyPendingMigrations(db.url);
  console.log(await seedDemo(db.url));
} finally {
  await db.close();
}
