/** Enqueueing inside the caller's transaction, so jobs commit or roll back with its writes. */
import type { SqlRunner } from "@/lib/db/sql";
import { boss, type JobData, type QueueName } from "./boss";

export interface NewJob<Q extends QueueName = QueueName> {
  name: Q;
  data: JobData[Q];
  startAfter?: Date;
}

export async function enqueueMany(run: SqlRunner, jobs: NewJob[]): Promise<void> {
  if (jobs.length === 0) return;
  const instance = await boss();
  // One INSERT for all jobs, on the transaction's connection.
  await instance.insert(
    jobs.map((job) => ({ name: job.name, data: job.data, startAfter: job.startAfter })),
    { db: { executeSql: async (text, values) => ({ rows: await run.rows<unknown>({ text, values }) }) } },
  );
}

/** One job outside any transaction, for work whose cause is already committed (or has none). */
export async function enqueue<Q extends QueueName>(job: NewJob<Q>): Promise<void> {
  const instance = await boss();
  await instance.send(job.name, job.data as object, { startAfter: job.startAfter });
}
