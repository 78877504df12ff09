/** npm run db:seed — adds the demo data unless it is there already. */
import { openDatabase } from "@/lib/db/database-url";
import { applyPendingMigrations } from "@/lib/db/migrations";
import { seedDemo } from "./lib/seed-demo";

const db = await openDatabase((line) => console.error(`[db] ${line}`));
try {
  await applyPendingMigrations(db.url);
  console.log(await seedDemo(db.url));
} finally {
  await db.close();
}
