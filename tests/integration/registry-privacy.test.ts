import { createHash } from "node:crypto";
import pg from "pg";
import { describe, expect, inject, it } from "vitest";
import { boss, stopBoss } from "@/lib/jobs/boss";
import { importRegistry } from "@/lib/registry/import-registry";
import { createTenant } from "../support/factories";
import { textFile, xlsxFile } from "../support/registry-files";

const IDENTIFIERS = ["privacy.probe@acme.example", "PRIV-000777", "Приватный-42"];

/** Every row of every table of every schema Harbor writes (the job queue's too), as text: what a database dump would show. */
async function dumpDatabase(): Promise<{ text: string; schemas: string[] }> {
  const client = new pg.Client({ connectionString: inject("databaseUrl") });
  await client.connect();
  const { rows: tables } = await client.query(
    "SELECT schemaname, tablename FROM pg_tables WHERE schemaname NOT IN ('pg_catalog', 'information_schema') ORDER BY 1, 2",
  );
  let text = "";
  for (const { schemaname, tablename } of tables) {
    const { rows } = await client.query(`SELECT t::text AS row FROM "${schemaname}"."${tablename}" t`);
    text += rows.map((r) => r.row).join("\n");
  }
  await client.end();
  return { text, schemas: [...new Set(tables.map((t) => t.schemaname as string))] };
}

describe("a database dump after importing", () => {
  it("contains none of the identifiers in any form but the keyed hash", async () => {
    const tenant = await createTenant();
    // The job queue's schema exists wherever Harbor runs; the dump must reach into it too.
    await boss();
    await importRegistry({ id: null, role: "system", tenantId: null }, { tenantId: tenant.id }, textFile("p.csv", ["identifier", ...IDENTIFIERS], "utf8"));
    await importRegistry(
      { id: null, role: "system", tenantId: null },
      { tenantId: tenant.id },
      await xlsxFile("p.xlsx", [["email"], [IDENTIFIERS[0]!], ["broken@"]]),
    );
    const { text, schemas } = await dumpDatabase();
    expect(schemas).toEqual(expect.arrayContaining(["public", "pgboss"]));
    await stopBoss();
    const dump = text.toLowerCase();
    for (const identifier of IDENTIFIERS) {
      const forms = [identifier, identifier.toLowerCase(), identifier.toUpperCase()];
      for (const form of forms) {
        expect(dump).not.toContain(form.toLowerCase());
        expect(dump).not.toContain(Buffer.from(form).toString("hex"));
        // an unkeyed hash could be reversed by guessing: it must not be there either
        expect(dump).not.toContain(createHash("sha256").update(form).digest("hex"));
      }
    }
  });
});
