/**
 * A plain node-postgres pool for the few operations Prisma cannot do: COPY streams, advisory
 * locks held across several statements, LISTEN/NOTIFY.
 */
import pg from "pg";
import { env } from "@/lib/env";

const globalForPg = globalThis as unknown as { harborPgPool?: pg.Pool };

export function pgPool(): pg.Pool {
  globalForPg.harborPgPool ??= new pg.Pool({ connectionString: env().DATABASE_URL, max: 5 });
  return globalForPg.harborPgPool;
}
