/**
 * One registry-import variant in its own process, so its peak memory is its own. Prints one JSON
 * line: rows, seconds, rows per second and peak resident memory (VmHWM).
 */
import fs from "node:fs";
import { randomUUID } from "node:crypto";
import pg from "pg";
import { from as copyFrom } from "pg-copy-streams";
import { pipeline } from "node:stream/promises";
import { Readable } from "node:stream";

const [variant, file, tenantId, rowsArg] = process.argv.slice(2) as [string, string, string, string];
const rows = Number(rowsArg);

function peakMb(): number {
  const line = fs
    .readFileSync("/proc/self/status", "utf8")
    .split("\n")
    .find((l) => l.startsWith("VmHWM:"));
  return Math.round(Number(line?.match(/\d+/)?.[0] ?? 0) / 1024);
}

async function harbor(mode: "append" | "replace") {
  const { importRegistry } = await import("@/lib/registry/import-registry");
  const { pgPool } = await import("@/lib/db/pg-pool");
  const { db } = await import("@/lib/db/client");
  const started = performance.now();
  await importRegistry({ id: null, role: "system", tenantId: null }, { tenantId, mode }, file);
  const seconds = (performance.now() - started) / 1000;
  await pgPool().end();
  await db().$disconnect();
  return { seconds };
}

/** The ceiling: the same rows, already hashed, COPYed straight into the same table. */
async function rawCopy() {
  const { identifierHasher, normaliseIdentifier } = await import("@/lib/registry/identifier");
  const hash = identifierHasher(tenantId);
  const values = fs
    .readFileSync(file, "utf8")
    .split("\n")
    .slice(1)
    .filter(Boolean)
    .map((line) => line.split(";")[0]!);
  const lines = values.map((v) => `${randomUUID()}\t${tenantId}\t\\\\x${hash(normaliseIdentifier(v) as never).toString("hex")}\tactive\n`);
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  const started = performance.now();
  await pipeline(Readable.from(batches(lines)), client.query(copyFrom("COPY registry_entries (id, tenant_id, identifier_hash, status) FROM STDIN")));
  const seconds = (performance.now() - started) / 1000;
  await client.end();
  return { seconds };
}

function* batches(lines: string[]) {
  for (let i = 0; i < lines.length; i += 10_000) yield lines.slice(i, i + 10_000).join("");
}

async function prismaCreateMany() {
  const { identifierHasher, normaliseIdentifier } = await import("@/lib/registry/identifier");
  const { db } = await import("@/lib/db/client");
  const hash = identifierHasher(tenantId);
  const values = fs
    .readFileSync(file, "utf8")
    .split("\n")
    .slice(1)
    .filter(Boolean)
    .map((line) => line.split(";")[0]!);
  const started = performance.now();
  for (let i = 0; i < values.length; i += 5_000) {
    await db().registryEntry.createMany({
      data: values.slice(i, i + 5_000).map((v) => ({ tenantId, identifierHash: new Uint8Array(hash(normaliseIdentifier(v) as never)) })),
      skipDuplicates: true,
    });
  }
  const seconds = (performance.now() - started) / 1000;
  await db().$disconnect();
  return { seconds };
}

// Each variant times only its own work, not loading modules.
let seconds: number;
if (variant === "harbor-append" || variant === "harbor-replace") {
  ({ seconds } = await harbor(variant === "harbor-append" ? "append" : "replace"));
} else if (variant === "raw-copy") {
  ({ seconds } = await rawCopy());
} else {
  ({ seconds } = await prismaCreateMany());
}
console.log(JSON.stringify({ variant, rows, seconds: Math.round(seconds * 10) / 10, rowsPerSecond: Math.round(rows / seconds), peakMb: peakMb() }));
