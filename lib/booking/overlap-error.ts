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
