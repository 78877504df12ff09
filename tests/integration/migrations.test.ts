import fs from "node:fs";
import pg from "pg";
import { describe, expect, inject, it } from "vitest";
import { diffMigrationsAgainstSchema } from "@/tooling/db/migrations";
import { SCHEMA_PATH } from "@/tooling/db/schema-engine";

describe("migrations and schema.prisma", () => {
  it("describe exactly the same schema (no drift)", async () => {
    expect(await diffMigrationsAgainstSchema(inject("databaseUrl"))).toBe("");
  });

  it("reports drift when schema.prisma changes without a migration", async () => {
    const edited = fs.readFileSync(SCHEMA_PATH, "utf8").replace("model Tenant {\n", "model Tenant {\n  driftProbe String?\n");
    const drift = await diffMigrationsAgainstSchema(inject("databaseUrl"), { tag: "schemaDatamodel", files: [{ path: SCHEMA_PATH, content: edited }] });
    expect(drift).toMatch(/ALTER TABLE "tenants" ADD COLUMN\s+"driftProbe" TEXT/);
  });

  it("records applied migrations where `prisma migrate deploy` looks for them", async () => {
    const client = new pg.Client({ connectionString: inject("databaseUrl") });
    await client.connect();
    const { rows } = await client.query("SELECT migration_name, finished_at FROM _prisma_migrations ORDER BY migration_name");
    await client.end();
    const dirs = fs
      .readdirSync("prisma/migrations", { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name)
      .sort();
    expect(rows.map((r) => r.migration_name)).toEqual(dirs);
    expect(rows.every((r) => r.finished_at !== null)).toBe(true);
  });
});
