/** npm run db:seed — adds the demo data unless it is there already. */
import { openDatabase } from "@/tooling/db/database-url";
import { applyPendingMigrations } from "@/tooling/db/migrations";
import { seedDemo } from "./lib/seed-demo";

const db = await openDatabase((line) => console.error(`[db] ${line}`));
try {
  await applyPendingMigrations(db.url);
  console.log(await seedDemo(db.url));
} finally {
  await db.close();
}
