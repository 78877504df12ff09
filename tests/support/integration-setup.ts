import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { inject } from "vitest";

// Point the application's settings at the run's database, with secrets of its own.
process.env.DATABASE_URL = inject("databaseUrl");
process.env.HARBOR_ENV = "test";
process.env.HARBOR_DATA_DIR ??= fs.mkdtempSync(path.join(os.tmpdir(), "harbor-test-data-"));

import { afterAll } from "vitest";

afterAll(async () => {
  const { db } = await import("@/lib/db/client");
  await db().$disconnect();
});
