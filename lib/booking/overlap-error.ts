/**
 * Recognises the exclusion constraints' refusals, by constraint name, whether the statement ran
 * through Prisma or straight on node-postgres (lib/db/sql.ts).
 */
import { Prisma } from "@/lib/generated/prisma/client";

export type Overlap = "psychologist" | "employee";

/** Postgres's own error fields, as node-postgres exposes them and Prisma's adapter wraps them. */
interface PostgresCause {
  code?: string;
  message?: string;
  constraint?: string;
}

function postgresCause(error: unknown): PostgresCause | null {
  if (error instanceof Prisma.PrismaClientKnownRequestError) {
    if (error.code === "P2034") return { code: "40P01" };
    return (error.meta?.driverAdapterError as { cause?: PostgresCause } | undefined)?.cause ?? null;
  }
  if (error instanceof Error && typeof (error as PostgresCause).code === "string") return error as PostgresCause;
  return null;
}

export function overlapOf(error: unknown): Overlap | null {
  const cause = postgresCause(error);
  if (cause?.code !== "23P01") return null;
  const name = `${cause.constraint ?? ""} ${cause.message ?? ""}`;
  if (name.includes("appointments_no_psychologist_overlap")) return "psychologist";
  if (name.includes("appointments_no_employee_overlap")) return "employee";
  return null;
}

/**
 * Postgres may settle two concurrent inserts that conflict on an exclusion constraint by aborting
 * one as a deadlock (40P01; Prisma's P2034) instead of waiting: the victim simply lost the race.
 * Running it again meets the winner's committed row and ends in the ordinary overlap refusal.
 */
export async function retryOnWriteConflict<T>(work: () => Promise<T>, attempts = 3): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (error) {
      const conflict = postgresCause(error)?.code === "40P01";
      if (!conflict || attempt >= attempts) throw error;
    }
  }
}
