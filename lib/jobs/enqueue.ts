/** Enqueueing inside the caller's Prisma transaction, so jobs commit or roll back with its writes. */
import type { Prisma } from "@/lib/db/client";
import { boss, type JobData, type QueueName } from "./boss";

export interface NewJob<Q extends QueueName = QueueName> {
  name: Q;
  data: JobData[Q];
  startAfter?: Date;
}

export async function enqueueMany(tx: Prisma.TransactionClient, jobs: NewJob[]): Promise<void> {
  if (jobs.length === 0) return;
  const instance = await boss();
  // One INSERT for all jobs, on the transaction's connection.
  await instance.insert(
    jobs.map((job) => ({ name: job.name, data: job.data, startAfter: job.startAfter })),
    { db: { executeSql: async (text, values) => ({ rows: await tx.$queryRawUnsafe<unknown[]>(text, ...values) }) } },
  );
}
