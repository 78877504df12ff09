import fs from "node:fs";
import { inEnglish } from "../support/in-english";
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { importRegistry, type ImportActor } from "@/lib/registry/import-registry";
import { createTenant, createUser } from "../support/factories";
import { largeCsv, textFile, writeFile, xlsxFile } from "../support/registry-files";

const SYSTEM: ImportActor = { id: null, role: "system", tenantId: null };
let tenant: { id: string };

beforeEach(async () => {
  tenant = await createTenant();
});

const run = (file: string, options: { mode?: "append" | "replace"; dryRun?: boolean } = {}) =>
  importRegistry(SYSTEM, { tenantId: tenant.id, ...options }, file);
const activeCount = () => db().registryEntry.count({ where: { tenantId: tenant.id, status: "active" } });

async function failure(promise: Promise<unknown>): Promise<AppError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error("expected the import to fail");
}

describe("registry files as HR departments export them", () => {
  it("reads comma CSV with an e-mail header, deduplicating case-insensitively", async () => {
    const file = textFile("emails.csv", ["Name,E-mail", "Ann,ann@acme.example", "Bob,  BOB@acme.example ", "Ann again,Ann@ACME.example"]);
    expect(await run(file)).toMatchObject({ total: 3, added: 2, unchanged: 0, rejected: 0, duplicates: 1 });
  });

  it("reads semicolon CSV in UTF-8 with BOM and a Russian header", async () => {
    const file = textFile("ru.csv", ["ФИО;Табельный номер", "Иванов;000123", "Петров;000124"], "utf8-bom");
    expect(await run(file)).toMatchObject({ total: 2, added: 2 });
    // leading zeros are kept: 123 is a different identifier
    expect(await run(textFile("n.csv", ["123"]))).toMatchObject({ added: 1 });
  });

  it("reads Windows-1251 text", async () => {
    const file = textFile("cp1251.csv", ["Подразделение;Идентификатор", "Бухгалтерия;А-17", "Склад;А-18"], "win1251");
    expect(await run(file)).toMatchObject({ total: 2, added: 2, rejected: 0 });
    // The same identifiers in UTF-8 match: decoding was right.
    expect(await run(textFile("utf8.csv", ["идентификатор", "а-17", "А-18"]))).toMatchObject({ unchanged: 2, added: 0 });
  });

  it("reads UTF-16 tab-separated text, with and without BOM", async () => {
    expect(await run(textFile("u16.txt", ["Employee ID\tDept", "E1\tA", "E2\tB"], "utf16le-bom"))).toMatchObject({ total: 2, added: 2 });
    expect(await run(textFile("u16nobom.txt", ["Employee ID\tDept", "E2\tB", "E3\tC"], "utf16le"))).toMatchObject({ total: 2, added: 1, unchanged: 1 });
  });

  it("takes the first column when there is no header", async () => {
    expect(await run(textFile("plain.csv", ["1001;Sales", "1002;Sales", "1003;IT"]))).toMatchObject({ total: 3, added: 3 });
  });

  it("reads the first sheet of an XLSX: header in any column, number formats, formula results", async () => {
    const file = await xlsxFile(
      "staff.xlsx",
      [
        ["Name", "Employee ID"],
        ["Ann", 123],
        ["Bob", "000124"],
        ["Cy", { formula: '"E"&"9"', result: "E9" }],
      ],
      { numberFormat: "000000" },
    );
    expect(await run(file)).toMatchObject({ total: 3, added: 3, rejected: 0 });
    expect(await run(textFile("check.csv", ["id", "000123", "E9"]))).toMatchObject({ unchanged: 2, added: 0 });
  });

  it("treats a formula-looking CSV cell as a plain identifier", async () => {
    expect(await run(textFile("formula.csv", ["id", '"=HYPERLINK(""http://x"")"', "+12"]))).toMatchObject({ total: 2, added: 2, rejected: 0 });
  });

  it("reports rejected rows by line and reason, never with the value", async () => {
    const summary = await run(textFile("mixed.csv", ["email", "ok@acme.example", "not-an-email@", "", "zero\u200bwidth@acme.example", "fine@acme.example"]));
    expect(summary).toMatchObject({ total: 4, added: 2, rejected: 2 });
    expect(summary.errors).toEqual([
      { line: 3, problem: "invalid_email" },
      { line: 5, problem: expect.any(String) },
    ]);
    expect(JSON.stringify(summary)).not.toMatch(/not-an-email|zero/);
  });

  it("rejects a value without @ in a column of e-mail addresses, by line and reason", async () => {
    const headed = await run(textFile("emails.csv", ["Name;Work e-mail", "Ann;ann@acme.example", "Bob;bob.smith", "Cy;cy@acme.example"]));
    expect(headed).toMatchObject({
      total: 3,
      added: 2,
      rejected: 1,
      errors: [{ line: 3, problem: "not_an_email" }],
    });
    expect(JSON.stringify(headed)).not.toContain("bob.smith");
    // Without a header, the column's first valid value says what it holds.
    expect(await run(textFile("plain.csv", ["dee@acme.example", "eve"]))).toMatchObject({ added: 1, rejected: 1 });
    // A header naming identifiers in general admits both kinds.
    expect(await run(textFile("mixed.csv", ["identifier", "fay@acme.example", "000777"]))).toMatchObject({ added: 2, rejected: 0 });
  });

  it("reports rows repeating an identifier of the same file, counted once, by line", async () => {
    const summary = await run(textFile("dupes.csv", ["Employee ID", "E-100", "E-200", "e-100", "E-300", "E-200", "E-100"]));
    expect(summary).toMatchObject({ total: 6, added: 3, rejected: 0, duplicates: 3 });
    expect(summary.errors).toEqual([
      { line: 4, problem: "duplicate", firstLine: 2 },
      { line: 6, problem: "duplicate", firstLine: 3 },
      { line: 7, problem: "duplicate", firstLine: 2 },
    ]);
    expect(await db().registryImport.findFirstOrThrow({ where: { tenantId: tenant.id }, orderBy: { startedAt: "desc" } })).toMatchObject({ duplicates: 3 });
  });
});

describe("broken files", () => {
  it("refuses an empty file", async () => {
    expect(await inEnglish(await failure(run(writeFile("empty.csv", ""))))).toMatch(/file is empty/);
  });

  it("refuses a binary file renamed .csv", async () => {
    const png = Buffer.concat([
      Buffer.from("89504e470d0a1a0a0000000d49484452", "hex"),
      Buffer.alloc(2000, 0x00),
      Buffer.from(Array.from({ length: 4000 }, (_, i) => (i * 37) % 256)),
    ]);
    expect(await inEnglish(await failure(run(writeFile("picture.csv", png))))).toMatch(/not a CSV or XLSX/);
  });

  it("refuses a truncated XLSX and changes nothing", async () => {
    await run(textFile("seed.csv", ["id", "KEEP-1", "KEEP-2"]));
    const whole = fs.readFileSync(await xlsxFile("big.xlsx", [["id"], ...Array.from({ length: 3000 }, (_, i) => [`T-${i}`])]));
    const truncated = writeFile("truncated.xlsx", whole.subarray(0, Math.floor(whole.length * 0.6)));
    expect(await inEnglish(await failure(run(truncated, { mode: "replace" })))).toMatch(/damaged or incomplete/);
    expect(await activeCount()).toBe(2);
  });

  it("imports nothing from a file where every row is invalid, and says why by line", async () => {
    await run(textFile("seed.csv", ["id", "KEEP-1"]));
    const error = await failure(run(textFile("bad.csv", ["email", "a@", "b@", "@c"]), { mode: "replace" }));
    expect(await inEnglish(error)).toMatch(/No row of the file holds a valid identifier/);
    expect(error.details?.summary).toMatchObject({ total: 3, rejected: 3, added: 0, removed: 0 });
    expect(await activeCount()).toBe(1);
    const history = await db().registryImport.findFirst({ where: { tenantId: tenant.id }, orderBy: { startedAt: "desc" } });
    expect(history).toMatchObject({ status: "failed", rejected: 3 });
  });

  it("imports a 50 MB file with exact counts", { timeout: 240_000 }, async () => {
    // Rows as wide as real HR exports (a few more columns), so 50 MB is about half a million rows.
    const rows = 530_000;
    const file = largeCsv("big.csv", rows, 0, 100);
    expect(fs.statSync(file).size).toBeGreaterThan(50 * 1024 * 1024);
    const summary = await run(file);
    expect(summary).toMatchObject({ total: rows, added: rows, rejected: 0 });
    expect(await activeCount()).toBe(rows);
  });
});

describe("modes", () => {
  it("replace deactivates the missing, reactivates returners with their account intact, and dry run writes nothing", async () => {
    await run(textFile("v1.csv", ["id", "R1", "R2", "R3"]));
    const entry = await db().registryEntry.findFirstOrThrow({ where: { tenantId: tenant.id } });
    const employee = await createUser({ role: "employee", tenant });
    const ownEntry = employee.registryEntryId!;
    await db().user.update({ where: { id: employee.id }, data: { registryEntryId: entry.id } });
    await db().registryEntry.delete({ where: { id: ownEntry } });

    const dry = await run(textFile("v2.csv", ["id", "R2", "R4"]), { mode: "replace", dryRun: true });
    expect(dry).toMatchObject({ total: 2, added: 1, unchanged: 1, removed: 2, importId: null });
    expect(await activeCount()).toBe(3);

    expect(await run(textFile("v2.csv", ["id", "R2", "R4"]), { mode: "replace" })).toMatchObject({ added: 1, unchanged: 1, removed: 2 });
    expect(await activeCount()).toBe(2);

    const back = await run(textFile("v3.csv", ["id", "R1", "R2", "R3", "R4"]), { mode: "append" });
    expect(back).toMatchObject({ reactivated: 2, unchanged: 2, added: 0 });
    expect((await db().user.findUniqueOrThrow({ where: { id: employee.id } })).registryEntryId).toBe(entry.id);
  });

  it("never interleaves two imports of one tenant", async () => {
    const a = textFile("a.csv", ["id", ...Array.from({ length: 20_000 }, (_, i) => `A${i}`)]);
    const b = textFile("b.csv", ["id", ...Array.from({ length: 20_000 }, (_, i) => `B${i}`)]);
    await Promise.all([run(a, { mode: "replace" }), run(b, { mode: "replace" })]);
    const active = await db().registryEntry.count({ where: { tenantId: tenant.id, status: "active" } });
    const removed = await db().registryEntry.count({ where: { tenantId: tenant.id, status: "removed" } });
    // Whichever ran second replaced the first completely: never a mix.
    expect({ active, removed }).toEqual({ active: 20_000, removed: 20_000 });
  });

  it("keeps a tenant admin to their own tenant", async () => {
    const other = await createTenant();
    const admin = await createUser({ role: "tenant_admin", tenant: other });
    const actor: ImportActor = { id: admin.id, role: "tenant_admin", tenantId: other.id };
    const error = await failure(importRegistry(actor, { tenantId: tenant.id }, textFile("x.csv", ["id", "X1"])));
    expect(error.code).toBe("not_found");
  });
});
