/**
 * A plain node-postgres pool beside Prisma's, for what Prisma cannot do (COPY streams, advisory
 * locks held across several statements, LISTEN/NOTIFY) and for the hot paths in lib/db/sql.ts.
 */
import pg from "pg";
import { env } from "@/lib/env";

const globalForPg = globalThis as unknown as { harborPgPool?: pg.Pool };

export function pgPool(): pg.Pool {
  // A busy moment waits its turn for a connection (as WRITE_TRANSACTION does for Prisma) rather than failing.
  if (!globalForPg.harborPgPool) {
    const pool = new pg.Pool({ connectionString: env().DATABASE_URL, max: 10, connectionTimeoutMillis: 15_000 });
    // An idle connection the database closed (a restart, a failover) is dropped and replaced on the
    // next query; without a listener, node would treat the pool's "error" event as fatal and exit.
    pool.on("error", (error) => console.warn(`[db] an idle connection was closed: ${error.message}`));
    globalForPg.harborPgPool = pool;
  }
  return globalForPg.harborPgPool;
}
