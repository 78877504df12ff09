/** Recognises the exclusion constraints' refusals in Prisma's error, by constraint name. */
import { Prisma } from "@/lib/generated/prisma/client";

export type Overlap = "psychologist" | "employee";

export function overlapOf(error: unknown): Overlap | null {
  if (!(error instanceof Prisma.PrismaClientKnownRequestError)) return null;
  const cause = (error.meta?.driverAdapterError as { cause?: { code?: string; message?: string } } | undefined)?.cause;
  if (cause?.code !== "23P01") return null;
  if (cause.message?.includes("appointments_no_psychologist_overlap")) return "psychologist";
  if (cause.message?.includes("appointments_no_employee_overlap")) return "employee";
  return null;
}

/**
 * Postgres may settle two concurrent inserts that conflict on an exclusion constraint by aborting
 * one as a deadlock (Prisma's P2034) instead of waiting: the victim simply lost the race. Running
 * it again meets the winner's committed row and ends in the ordinary overlap refusal.
 */
export async function retryOnWriteConflict<T>(work: () => Promise<T>, attempts = 3): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (error) {
      const conflict = error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2034";
      if (!conflict || attempt >= attempts) throw error;
    }
  }
}
