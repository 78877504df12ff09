/**
 * The registry import against random and hostile files (fast-check): any bytes, any text with any
 * delimiters, quotes and line ends, cut-off spreadsheets. Whatever arrives, the answer is a summary or
 * an AppError naming what to fix — never a crash — and a refused file changes nothing: the registry
 * is exactly what it was (no partial write).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { importRegistry, type ImportActor } from "@/lib/registry/import-registry";
import { createTenant } from "../support/factories";
import { textFile, writeFile } from "../support/registry-files";

const SYSTEM: ImportActor = { id: null, role: "system", tenantId: null };

const cell = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.constantFrom("EMP-001", "emp-001", "  EMP-002 ", "a@b.example", '"quoted, with comma"', '"unterminated', "=CMD()", "\u202Eevil", "\0", ""),
);
const csvText = fc
  .record({
    rows: fc.array(fc.array(cell, { minLength: 1, maxLength: 4 }), { maxLength: 25 }),
    delimiter: fc.constantFrom(",", ";", "\t", "|"),
    eol: fc.constantFrom("\n", "\r\n", "\r"),
  })
  .map(({ rows, delimiter, eol }) => rows.map((r) => r.join(delimiter)).join(eol));
const hostileFile = fc.oneof(
  csvText.map((text) => writeFile("random.csv", text)),
  fc.uint8Array({ maxLength: 4096 }).map((bytes) => writeFile("bytes.csv", Buffer.from(bytes))),
  // A zip's signature with garbage after it: looks like XLSX, is not one.
  fc.uint8Array({ maxLength: 2048 }).map((bytes) => writeFile("broken.xlsx", Buffer.concat([Buffer.from("PK\u0003\u0004"), Buffer.from(bytes)]))),
);

async function registryOf(tenantId: string) {
  const rows = await db().registryEntry.findMany({ where: { tenantId }, select: { identifierHash: true, status: true }, orderBy: { identifierHash: "asc" } });
  return rows.map((r) => `${Buffer.from(r.identifierHash).toString("hex")}:${r.status}`);
}

describe("the registry import under random files", () => {
  it("answers every file with a summary or a clear refusal, and a refusal changes nothing", async () => {
    const tenant = await createTenant();
    await importRegistry(SYSTEM, { tenantId: tenant.id }, textFile("base.csv", ["employee id", "EMP-001", "EMP-002", "EMP-003"]));
    await fc.assert(
      fc.asyncProperty(hostileFile, fc.constantFrom("append", "replace"), async (file, mode) => {
        const before = await registryOf(tenant.id);
        try {
          const summary = await importRegistry(SYSTEM, { tenantId: tenant.id, mode, dryRun: true }, file);
          expect(summary.added + summary.unchanged + summary.reactivated + summary.rejected + summary.duplicates).toBe(summary.total);
          // A dry run reports and writes nothing.
          expect(await registryOf(tenant.id)).toEqual(before);
        } catch (error) {
          expect(error, String(error)).toBeInstanceOf(AppError);
          expect((error as AppError).status).toBeLessThan(500);
          expect(await registryOf(tenant.id)).toEqual(before);
        }
        // For real: it either applies whole or not at all.
        try {
          await importRegistry(SYSTEM, { tenantId: tenant.id, mode: "append" }, file);
        } catch (error) {
          expect(error, String(error)).toBeInstanceOf(AppError);
          expect(await registryOf(tenant.id)).toEqual(before);
        }
      }),
      { numRuns: 60 },
    );
  }, 120_000);
});
