/**
 * The application's Prisma client, one per process. The driver adapter (node-postgres) replaces
 * Prisma's native query engine, which these machines cannot download.
 */
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { env } from "@/lib/env";

export type { Prisma } from "@/lib/generated/prisma/client";
export type Db = PrismaClient;

const globalForPrisma = globalThis as unknown as { harborPrisma?: PrismaClient };

export function createPrismaClient(connectionString: string, poolSize = 10): PrismaClient {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString, max: poolSize }) });
}

/** Lazily created so that importing this module (for example during `next build`) needs no database. */
export function db(): PrismaClient {
  // Kept on globalThis so dev-mode hot reloads do not open a new pool each time.
  globalForPrisma.harborPrisma ??= createPrismaClient(env().DATABASE_URL);
  return globalForPrisma.harborPrisma;
}

/**
 * Options for interactive write transactions. Prisma's defaults (2 s to get a pooled connection,
 * 5 s to finish) turn a busy moment — many bookings at once — into a 500; these wait their turn.
 */
export const WRITE_TRANSACTION = { maxWait: 15_000, timeout: 30_000 } as const;
