/**
 * Receipts make a job's database effects happen once. pg-boss runs a job again when its worker dies
 * before reporting it done — including after the job's transaction committed. A job whose effect is
 * one transaction takes its receipt in that transaction: a run that finds the receipt already taken
 * does nothing, and a run that dies before committing leaves no receipt, so the retry does the work.
 */
import { Prisma } from "@/lib/generated/prisma/client";
import { sqlRows, type SqlRunner } from "@/lib/db/sql";

/** True when this run is the first to take `key` (inside the caller's transaction); false when an earlier run already did. */
export async function takeReceipt(run: SqlRunner, key: string): Promise<boolean> {
  const taken = await run.rows<{ key: string }>(Prisma.sql`INSERT INTO job_receipts (key) VALUES (${key}) ON CONFLICT (key) DO NOTHING RETURNING key`);
  return taken.length === 1;
}

/** Receipts outlive any retry by far after 30 days (retries end within about 15 minutes). */
export async function forgetOldReceipts(): Promise<number> {
  const forgotten = await sqlRows<{ key: string }>(Prisma.sql`DELETE FROM job_receipts WHERE created_at < now() - interval '30 days' RETURNING key`);
  return forgotten.length;
}
