/**
 * Prisma's schema engine compiled to WebAssembly, driven through adapter-pg. The CLI's native
 * engine cannot be downloaded on these machines (see docs/decisions/0001); this is the same engine,
 * so migrations it writes and applies are ordinary Prisma migrations (`_prisma_migrations`).
 */
import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
import pg from "pg";
import { parse as parseConnectionString } from "pg-connection-string";
import { PrismaPg } from "@prisma/adapter-pg";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import type { MigrationList, SchemaEngine } from "@prisma/schema-engine-wasm";

export const MIGRATIONS_DIR = path.resolve("prisma/migrations");
export const SCHEMA_PATH = path.resolve("prisma/schema.prisma");

/**
 * Two mismatches between adapter-pg and the schema engine are mended here.
 *
 * The engine reads pg_catalog columns of Postgres's internal `"char"` type (OID 18), which
 * adapter-pg refuses as an unsupported column type although the engine can read them as
 * characters. We let them through as text and label the column `Character`. The rows array is the
 * key that links adapter-pg's raw result to the result it builds from it, so this holds under
 * concurrent queries.
 */
const INTERNAL_CHAR_OID = 18;
const TEXT_OID = 25;
const CHARACTER_COLUMN = 6; // ColumnTypeEnum.Character

interface RawQueryable {
  client: pg.Pool | pg.PoolClient;
  onError(error: unknown): never;
  executeScript(script: string): Promise<void>;
  performIO(query: unknown): Promise<pg.QueryResult>;
  queryRaw(query: unknown): Promise<{ columnTypes: number[]; rows: unknown[] }>;
  startTransaction?(...args: unknown[]): Promise<RawQueryable>;
}

function adaptForSchemaEngine<T>(target: T): T {
  const queryable = target as unknown as RawQueryable;
  const charColumns = new WeakMap<object, number[]>();
  const performIO = queryable.performIO.bind(queryable);
  queryable.performIO = async (query) => {
    const result = await performIO(query);
    const indexes: number[] = [];
    result?.fields?.forEach((field, index) => {
      if (field.dataTypeID === INTERNAL_CHAR_OID) {
        field.dataTypeID = TEXT_OID;
        indexes.push(index);
      }
    });
    if (indexes.length && result.rows) charColumns.set(result.rows, indexes);
    return result;
  };
  const queryRaw = queryable.queryRaw.bind(queryable);
  queryable.queryRaw = async (query) => {
    const result = await queryRaw(query);
    for (const index of charColumns.get(result.rows) ?? []) result.columnTypes[index] = CHARACTER_COLUMN;
    return result;
  };
  const startTransaction = queryable.startTransaction?.bind(queryable);
  if (startTransaction) queryable.startTransaction = async (...args) => adaptForSchemaEngine(await startTransaction(...args));
  // adapter-pg splits scripts on every ";", which breaks on a semicolon in a comment, a string or a
  // function body. Postgres's simple query protocol runs a whole multi-statement script as sent.
  queryable.executeScript = async (script) => {
    try {
      await queryable.client.query(script);
    } catch (error) {
      queryable.onError(error);
    }
  };
  return target;
}

function poolConfig(connectionString: string, database?: string): pg.PoolConfig {
  // Explicit fields: a pool given a connectionString ignores a `database` override, which would
  // make the "shadow" database silently be the real one.
  const parsed = parseConnectionString(connectionString);
  return {
    host: parsed.host ?? "127.0.0.1",
    port: parsed.port ? Number(parsed.port) : 5432,
    user: parsed.user,
    password: parsed.password,
    database: database ?? parsed.database ?? undefined,
    ssl: parsed.ssl ? (parsed.ssl as pg.PoolConfig["ssl"]) : undefined,
    max: 4,
  };
}

/** Adapter factory whose shadow database is a real throwaway database, dropped after its pool closes. */
function adapterFactory(connectionString: string) {
  const main = new PrismaPg(poolConfig(connectionString));
  const factory = {
    provider: main.provider as "postgres",
    adapterName: main.adapterName,
    connect: async () => adaptForSchemaEngine(await main.connect()),
    async connectToShadowDb() {
      const name = `prisma_shadow_${process.pid}_${Date.now()}`;
      const admin = new pg.Client(poolConfig(connectionString));
      await admin.connect();
      await admin.query(`CREATE DATABASE "${name}"`);
      await admin.end();
      const shadow = new PrismaPg(poolConfig(connectionString, name));
      const adapter = adaptForSchemaEngine(await shadow.connect());
      const dispose = adapter.dispose.bind(adapter);
      adapter.dispose = async () => {
        await dispose();
        const cleanup = new pg.Client(poolConfig(connectionString));
        await cleanup.connect();
        await cleanup.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
        await cleanup.end();
      };
      return adapter;
    },
  };
  return bindMigrationAwareSqlAdapterFactory(factory);
}

let wasmReady: Promise<typeof import("@prisma/schema-engine-wasm/schema_engine_bg")> | undefined;

/** Node 20 cannot import .wasm as an ES module, so we instantiate it by hand. */
function loadWasm() {
  wasmReady ??= (async () => {
    const bindings = await import("@prisma/schema-engine-wasm/schema_engine_bg");
    const bindingsPath = createRequire(import.meta.url).resolve("@prisma/schema-engine-wasm/schema_engine_bg");
    const bytes = fs.readFileSync(path.join(path.dirname(bindingsPath), "schema_engine_bg.wasm"));
    const { instance } = await WebAssembly.instantiate(bytes, { "./schema_engine_bg.js": bindings as unknown as WebAssembly.ModuleImports });
    bindings.__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as () => void)();
    return bindings;
  })();
  return wasmReady;
}

export async function openSchemaEngine(connectionString: string, log: (line: string) => void = () => {}): Promise<SchemaEngine> {
  const bindings = await loadWasm();
  const datamodel = fs.readFileSync(SCHEMA_PATH, "utf8");
  return bindings.SchemaEngine.new({ datamodels: [[SCHEMA_PATH, datamodel]] }, log, adapterFactory(connectionString));
}

export function readMigrationList(): MigrationList {
  const dirs = fs.existsSync(MIGRATIONS_DIR)
    ? fs
        .readdirSync(MIGRATIONS_DIR, { withFileTypes: true })
        .filter((d) => d.isDirectory())
        .map((d) => d.name)
        .sort()
    : [];
  const lockPath = path.join(MIGRATIONS_DIR, "migration_lock.toml");
  return {
    baseDir: MIGRATIONS_DIR,
    lockfile: {
      path: "migration_lock.toml",
      content: fs.existsSync(lockPath) ? fs.readFileSync(lockPath, "utf8") : null,
    },
    shadowDbInitScript: "",
    migrationDirectories: dirs.map((dir) => {
      const file = path.join(MIGRATIONS_DIR, dir, "migration.sql");
      return {
        path: dir,
        migrationFile: {
          path: "migration.sql",
          content: fs.existsSync(file) ? { tag: "ok", value: fs.readFileSync(file, "utf8") } : { tag: "error", value: `missing ${file}` },
        },
      };
    }),
  } as MigrationList;
}

export function currentDatamodel() {
  return { tag: "schemaDatamodel" as const, files: [{ path: SCHEMA_PATH, content: fs.readFileSync(SCHEMA_PATH, "utf8") }] };
}
