/**
 * Parameterised SQL for the hot paths (every request's session check, booking), straight on the pg
 * pool. Prisma 7's query interpreter costs this machine 0.8–3 ms of CPU per query and about as much
 * again per interactive transaction; node-postgres costs 0.35 ms. Statements are written with
 * `Prisma.sql`, so values are always bound parameters, never spliced into the text.
 *
 * A SqlRunner runs statements on one connection: a pg transaction from `inSqlTransaction`, or a
 * Prisma interactive transaction through `viaPrisma`, so shared writes (insertBooking,
 * notifyAppointment, enqueueMany) join whichever transaction their caller holds.
 */
import type pg from "pg";
import type { Prisma } from "@/lib/generated/prisma/client";
import { pgPool } from "./pg-pool";

export interface Statement {
  text: string;
  values: readonly unknown[];
}

export interface SqlRunner {
  rows<T>(statement: Statement): Promise<T[]>;
  /** For statements whose result is not read (Prisma refuses to read some, such as void). */
  execute(statement: Statement): Promise<void>;
}

/** One statement on any pooled connection (outside a transaction). */
export async function sqlRows<T>(statement: Statement): Promise<T[]> {
  return (await pgPool().query(statement.text, statement.values as unknown[])).rows as T[];
}

/** Runs `work` in one pg transaction: committed when it returns, rolled back when it throws. */
export async function inSqlTransaction<T>(work: (run: SqlRunner) => Promise<T>): Promise<T> {
  const client = await pgPool().connect();
  let broken = false;
  try {
    await client.query("BEGIN");
    const result = await work(viaPg(client));
    await client.query("COMMIT");
    return result;
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {
      broken = true; // the connection is unusable: drop it from the pool rather than reuse it
    });
    throw error;
  } finally {
    client.release(broken);
  }
}

function viaPg(client: pg.PoolClient): SqlRunner {
  return {
    rows: async <T>(s: Statement) => (await client.query(s.text, s.values as unknown[])).rows as T[],
    execute: async (s: Statement) => void (await client.query(s.text, s.values as unknown[])),
  };
}

/** The same statements inside a Prisma interactive transaction. */
export function viaPrisma(tx: Prisma.TransactionClient): SqlRunner {
  return {
    rows: <T>(s: Statement) => tx.$queryRawUnsafe<T[]>(s.text, ...s.values),
    execute: async (s: Statement) => void (await tx.$executeRawUnsafe(s.text, ...s.values)),
  };
}

/** Statements on any pooled connection, for readers shared with transactions (outside one). */
export const pooled: SqlRunner = {
  rows: sqlRows,
  execute: async (s: Statement) => void (await sqlRows(s)),
};
