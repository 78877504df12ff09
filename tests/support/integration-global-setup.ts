import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { createTestDatabase } from "./test-database";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
    adminDatabaseUrl: string;
    harborDataDir: string;
    /** Where `npm test` keeps the programs it installed (LiveKit, pg_dump): the outer data directory. */
    toolsDataDir: string;
  }
}

export default async function setup(project: TestProject) {
  const database = await createTestDatabase("it");
  // One data directory, so every worker process seals and reads with the same local keys: a row one
  // test file sealed must open in another (a moderation queue lists every tenant's reviews).
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "harbor-test-data-"));
  project.provide("databaseUrl", database.url);
  project.provide("adminDatabaseUrl", database.adminUrl);
  project.provide("harborDataDir", dataDir);
  project.provide("toolsDataDir", path.resolve(process.env.HARBOR_DATA_DIR ?? ".data"));
  return async () => {
    await database.dispose();
    fs.rmSync(dataDir, { recursive: true, force: true });
  };
}
