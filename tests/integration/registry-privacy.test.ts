import { createHash } from "node:crypto";
import pg from "pg";
import { describe, expect, inject, it } from "vitest";
import { importRegistry } from "@/lib/registry/import-registry";
import { createTenant } from "../support/factories";
import { textFile, xlsxFile } from "../support/registry-files";

const IDENTIFIERS = ["privacy.probe@acme.example", "PRIV-000777", "Приватный-42"];

/** Every row of every table, as text: what a database dump would show. */
async function dumpDatabase(): Promise<string> {
  const client = new pg.Client({ connectionString: inject("databaseUrl") });
  await client.connect();
  const { rows: tables } = await client.query("SELECT tablename FROM pg_tables WHERE schemaname = 'public'");
  let dump = "";
  for (const { tablename } of tables) {
    const { rows } = await client.query(`SELECT t::text AS row FROM "${tablename}" t`);
    dump += rows.map((r) => r.row).join("\n");
  }
  await client.end();
  return dump;
}

describe("a database dump after importing", () => {
  it("contains none of the identifiers in any form but the keyed hash", async () => {
    const tenant = await createTenant();
    await importRegistry({ id: null, role: "system", tenantId: null }, { tenantId: tenant.id }, textFile("p.csv", ["identifier", ...IDENTIFIERS], "utf8"));
    await importRegistry(
      { id: null, role: "system", tenantId: null },
      { tenantId: tenant.id },
      await xlsxFile("p.xlsx", [["email"], [IDENTIFIERS[0]!], ["broken@"]]),
    );
    const dump = (await dumpDatabase()).toLowerCase();
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
