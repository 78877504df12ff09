/**
 * Imports an employer's registry of identifiers.
 *
 * Protects: identifiers never reach the database, logs or messages in any form but the keyed hash;
 * an import is all or nothing (one transaction: a failure halfway changes nothing); two imports for
 * one tenant never interleave (an advisory lock per tenant); a dry run takes the same path and
 * rolls back, so its counts are exactly what the real import would do.
 *
 * Speed: rows are hashed as they stream in and COPYed into a temporary table, then merged with a
 * few set-based statements, so memory stays flat however large the file.
 */
import { randomUUID } from "node:crypto";
import type { PoolClient } from "pg";
import { pipeline } from "node:stream/promises";
import { Readable } from "node:stream";
import { from as copyFrom } from "pg-copy-streams";
import { z } from "zod";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db/client";
import { pgPool } from "@/lib/db/pg-pool";
import { AppError, isAppError } from "@/lib/errors";
import { identifierHasher, normaliseIdentifier, pepperKey, type IdentifierProblem } from "./identifier";
import { readRegistryFile, type RegistryRow } from "./read-registry-file";

export const ZImportRegistryInput = z.object({
  tenantId: z.uuid(),
  mode: z.enum(["append", "replace"]).default("append"),
  dryRun: z.boolean().default(false),
});
export type ImportRegistryInput = z.input<typeof ZImportRegistryInput>;

/** A row the import skipped: a value that cannot be an identifier, or one repeating an earlier line. */
export type RowProblem = { line: number; problem: IdentifierProblem } | { line: number; problem: "duplicate"; firstLine: number };

export interface ImportSummary {
  total: number;
  added: number;
  unchanged: number;
  reactivated: number;
  removed: number;
  rejected: number;
  /** Rows repeating an identifier already in the file: they count once, and are listed by line. */
  duplicates: number;
  /** Rows to check, by line, never quoting the value; each language's words are under identifierProblems. */
  errors: RowProblem[];
}

/** Who started the import: a signed-in administrator, or the command line (no account). */
export type ImportActor = { id: string; role: "tenant_admin" | "platform_admin"; tenantId: string | null } | { id: null; role: "system"; tenantId: null };

export const MAX_REPORTED_ERRORS = 100;

/**
 * May this actor import into this tenant? Asked before an upload's body is read, so nobody can make
 * Harbor store a large file for a tenant that is not theirs (and asked again by importRegistry).
 */
export async function assertCanImportInto(actor: ImportActor, tenantId: string): Promise<void> {
  if (actor.role === "tenant_admin" && actor.tenantId !== tenantId) throw new AppError("not_found", "errors.tenant.notFound");
  const tenant = await db().tenant.findUnique({ where: { id: tenantId }, select: { id: true } });
  if (!tenant) throw new AppError("not_found", "errors.tenant.notFound");
}

export async function importRegistry(actor: ImportActor, input: ImportRegistryInput, filePath: string): Promise<ImportSummary & { importId: string | null }> {
  const options = ZImportRegistryInput.parse(input);
  await assertCanImportInto(actor, options.tenantId);

  const importId = randomUUID();
  try {
    const summary = await runImport(importId, actor, options, filePath);
    return { ...summary, importId: options.dryRun ? null : importId };
  } catch (error) {
    if (!options.dryRun) {
      // The failed attempt is part of the history; its reason is one of our own message keys, never file content.
      const reason = isAppError(error) ? error.message : "errors.registry.failedUnexpectedly";
      const partial = isAppError(error) ? (error.details?.summary as ImportSummary | undefined) : undefined;
      await db().registryImport.create({
        data: {
          id: importId,
          tenantId: options.tenantId,
          uploadedById: actor.id,
          mode: options.mode,
          status: "failed",
          failureReason: reason,
          finishedAt: new Date(),
          ...countsOf(partial),
          errors: partial?.errors ?? [],
        },
      });
    }
    throw error;
  }
}

async function runImport(importId: string, actor: ImportActor, options: z.infer<typeof ZImportRegistryInput>, filePath: string): Promise<ImportSummary> {
  const client = await pgPool().connect();
  const pepper = pepperKey();
  const summary: ImportSummary = { total: 0, added: 0, unchanged: 0, reactivated: 0, removed: 0, rejected: 0, duplicates: 0, errors: [] };
  try {
    await client.query("BEGIN");
    // Serialises imports of one tenant; released with the transaction.
    await client.query("SELECT pg_advisory_xact_lock(hashtextextended($1, 0))", [`registry-import:${options.tenantId}`]);
    await client.query("CREATE TEMP TABLE import_rows (hash bytea NOT NULL, line int NOT NULL) ON COMMIT DROP");
    await client.query("CREATE TEMP TABLE import_batch (hash bytea NOT NULL, line int NOT NULL) ON COMMIT DROP");

    // Reactivation is only possible when the tenant has removed identifiers; most imports skip it.
    const { rows: removedRows } = await client.query("SELECT EXISTS (SELECT 1 FROM registry_entries WHERE tenant_id = $1 AND status = 'removed') AS any", [
      options.tenantId,
    ]);
    const hasRemovedEntries = Boolean(removedRows[0]?.any);

    // Batches overlap: Node parses and hashes the next one while Postgres merges the previous one.
    const mergeBatch = async (copyText: string) => {
      await client.query("TRUNCATE import_batch");
      await pipeline(Readable.from([copyText]), client.query(copyFrom("COPY import_batch (hash, line) FROM STDIN")));
      await client.query("INSERT INTO import_rows SELECT hash, line FROM import_batch");
      const added = await client.query(
        `INSERT INTO registry_entries (id, tenant_id, identifier_hash, status, last_import_id, created_at, updated_at)
         SELECT gen_random_uuid(), $1, hash, 'active', $2, now(), now() FROM import_batch
         ON CONFLICT (tenant_id, identifier_hash) DO NOTHING`,
        [options.tenantId, importId],
      );
      // ON CONFLICT DO NOTHING also skips a duplicate within the batch, so it counts once.
      summary.added += added.rowCount ?? 0;
      if (!hasRemovedEntries) return;
      const reactivated = await client.query(
        `UPDATE registry_entries e SET status = 'active', removed_at = NULL, last_import_id = $2, updated_at = now()
         FROM (SELECT DISTINCT hash FROM import_batch) b WHERE e.tenant_id = $1 AND e.identifier_hash = b.hash AND e.status = 'removed'`,
        [options.tenantId, importId],
      );
      summary.reactivated += reactivated.rowCount ?? 0;
    };
    let merging: Promise<void> = Promise.resolve();
    for await (const copyText of hashedBatches(readRegistryFile(filePath), options.tenantId, pepper, summary)) {
      await merging;
      merging = mergeBatch(copyText);
      merging.catch(() => {}); // awaited below or on the next turn; never unhandled meanwhile
    }
    await merging;

    const valid = summary.total - summary.rejected;
    if (valid === 0) {
      throw new AppError("unprocessable", summary.total === 0 ? "errors.registry.noRows" : "errors.registry.noValidRows", { summary });
    }

    // Duplicates inside the file count once; the statement's row count is the number of distinct identifiers.
    const distinct = (await client.query("CREATE TEMP TABLE import_hashes ON COMMIT DROP AS SELECT DISTINCT hash FROM import_rows")).rowCount ?? 0;
    summary.unchanged = distinct - summary.added - summary.reactivated;
    summary.duplicates = valid - distinct;
    if (summary.duplicates > 0) await reportDuplicates(client, summary);

    if (options.mode === "replace") {
      const removed = await client.query(
        `UPDATE registry_entries e SET status = 'removed', removed_at = now(), last_import_id = $2, updated_at = now()
         WHERE e.tenant_id = $1 AND e.status = 'active'
           AND NOT EXISTS (SELECT 1 FROM import_hashes f WHERE f.hash = e.identifier_hash)`,
        [options.tenantId, importId],
      );
      summary.removed = removed.rowCount ?? 0;
    }

    if (options.dryRun) {
      await client.query("ROLLBACK");
      return summary;
    }
    await client.query(
      `INSERT INTO registry_imports (id, tenant_id, uploaded_by_id, mode, dry_run, status, total, added, unchanged, reactivated, removed, rejected, duplicates, errors, started_at, finished_at)
       VALUES ($1, $2, $3, $4, false, 'succeeded', $5, $6, $7, $8, $9, $10, $11, $12, now(), clock_timestamp())`,
      [
        importId,
        options.tenantId,
        actor.id,
        options.mode,
        summary.total,
        summary.added,
        summary.unchanged,
        summary.reactivated,
        summary.removed,
        summary.rejected,
        summary.duplicates,
        JSON.stringify(summary.errors),
      ],
    );
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  } finally {
    client.release();
  }
  await recordAudit({
    action: "registry.imported",
    actorId: actor.id,
    actorRole: actor.role === "system" ? null : actor.role,
    tenantId: options.tenantId,
    targetType: "registry_import",
    targetId: importId,
    meta: { mode: options.mode, total: summary.total, added: summary.added, removed: summary.removed, rejected: summary.rejected },
  });
  return summary;
}

const BATCH_ROWS = 50_000;

/** Lists repeated rows by line beside the first one, within the report's cap, in line order with the rest. */
async function reportDuplicates(client: PoolClient, summary: ImportSummary): Promise<void> {
  const room = MAX_REPORTED_ERRORS - summary.errors.length;
  if (room > 0) {
    const { rows } = await client.query<{ line: number; first_line: number }>(
      `SELECT line, first_line FROM (SELECT line, min(line) OVER (PARTITION BY hash) AS first_line FROM import_rows) d
       WHERE line <> first_line ORDER BY line LIMIT $1`,
      [room],
    );
    for (const row of rows) summary.errors.push({ line: row.line, problem: "duplicate", firstLine: row.first_line });
  }
  summary.errors.sort((a, b) => a.line - b.line);
}

/** Normalises, validates and hashes each row, yielding COPY text for batches of rows; counts as it goes. */
async function* hashedBatches(rows: AsyncIterable<RegistryRow>, tenantId: string, pepper: Buffer, summary: ImportSummary): AsyncGenerator<string> {
  const hash = identifierHasher(tenantId, pepper);
  let lines: string[] = [];
  // A column holds e-mail addresses when its header says so, or, with no header Harbor knows, when
  // its first valid value is one. A header naming identifiers in general admits both kinds.
  let expected: "email" | undefined;
  let decided = false;
  for await (const row of rows) {
    summary.total++;
    if (!decided && row.heading && row.heading !== "unknown") [expected, decided] = [row.heading === "email" ? "email" : undefined, true];
    const identifier = normaliseIdentifier(row.value, expected);
    if (!decided && !("problem" in identifier)) [expected, decided] = [identifier.kind === "email" ? "email" : undefined, true];
    if ("problem" in identifier) {
      summary.rejected++;
      if (summary.errors.length < MAX_REPORTED_ERRORS) summary.errors.push({ line: row.line, problem: identifier.problem });
      continue;
    }
    // COPY text format: bytea as \x-hex, with the backslash escaped.
    lines.push(`\\\\x${hash(identifier).toString("hex")}\t${row.line}\n`);
    if (lines.length >= BATCH_ROWS) {
      yield lines.join("");
      lines = [];
    }
  }
  if (lines.length) yield lines.join("");
}

function countsOf(summary: ImportSummary | undefined) {
  if (!summary) return {};
  const { total, added, unchanged, reactivated, removed, rejected, duplicates } = summary;
  return { total, added, unchanged, reactivated, removed, rejected, duplicates };
}
