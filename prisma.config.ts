import { defineConfig } from "prisma/config";

// Only `prisma generate`/`validate`/`format` use this file; migrations run through
// scripts/db.ts with the WebAssembly schema engine (see docs/decisions/0001-migrations-without-native-engine.md).
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
});
