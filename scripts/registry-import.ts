/**
 * npm run registry:import -- --tenant <slug> --file <path> [--mode append|replace] [--dry-run]
 * Uses the same database as `npm start`. The last line on stdout is the JSON summary.
 */
import { parseArgs } from "node:util";
import fs from "node:fs";
import { openDatabase } from "@/tooling/db/database-url";
import { isAppError } from "@/lib/errors";

const { values } = parseArgs({
  options: {
    tenant: { type: "string" },
    file: { type: "string" },
    mode: { type: "string", default: "append" },
    "dry-run": { type: "boolean", default: false },
  },
});

function fail(message: string, summary?: unknown): never {
  console.error(message);
  console.log(JSON.stringify(summary ?? { error: message }));
  process.exit(1);
}

if (!values.tenant || !values.file) fail("usage: npm run registry:import -- --tenant <slug> --file <path> [--mode append|replace] [--dry-run]");
if (values.mode !== "append" && values.mode !== "replace") fail(`--mode must be append or replace, not "${values.mode}"`);
if (!fs.existsSync(values.file)) fail(`No file at ${values.file}`);

const database = await openDatabase((line) => console.error(`[db] ${line}`));
process.env.DATABASE_URL = database.url;
let exitCode = 0;
// The command line speaks the pages' messages, in the tenant's language (English until it is known).
let tenantLocale: string | null = null;
try {
  const { db } = await import("@/lib/db/client");
  const { importRegistry } = await import("@/lib/registry/import-registry");
  const tenant = await db().tenant.findUnique({ where: { slug: values.tenant }, select: { id: true, locale: true } });
  if (!tenant) fail(`No tenant with slug "${values.tenant}"`);
  tenantLocale = tenant.locale;
  const started = Date.now();
  const result = await importRegistry(
    { id: null, role: "system", tenantId: null },
    { tenantId: tenant.id, mode: values.mode, dryRun: values["dry-run"] },
    values.file,
  );
  console.error(`${values["dry-run"] ? "dry run: nothing written; " : ""}${result.total} rows in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  const { total, added, unchanged, reactivated, removed, rejected, errors } = result;
  console.log(JSON.stringify({ total, added, unchanged, reactivated, removed, rejected, errors }));
} catch (error) {
  exitCode = 1;
  const summary = isAppError(error) ? (error.details?.summary as object | undefined) : undefined;
  const { recipientLocale, translatorFor } = await import("@/lib/i18n/translator");
  const { t } = await translatorFor(recipientLocale(tenantLocale));
  const sentence = isAppError(error) ? t(error.message, error.details?.params as Record<string, string | number> | undefined) : null;
  console.error(sentence ?? error);
  console.log(JSON.stringify({ ...(summary ?? {}), error: sentence ?? "the import failed; nothing was changed" }));
} finally {
  const { pgPool } = await import("@/lib/db/pg-pool");
  const { db } = await import("@/lib/db/client");
  await pgPool().end();
  await db().$disconnect();
  await database.close();
}
process.exit(exitCode);
