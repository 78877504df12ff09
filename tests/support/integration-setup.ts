import { inject } from "vitest";

// Point the application's settings at the run's database, with the run's shared secrets.
process.env.DATABASE_URL = inject("databaseUrl");
process.env.HARBOR_ENV = "test";
process.env.HARBOR_DATA_DIR ??= inject("harborDataDir");

import { afterAll } from "vitest";

afterAll(async () => {
  const { db } = await import("@/lib/db/client");
  await db().$disconnect();
});
