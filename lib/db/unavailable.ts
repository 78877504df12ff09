/**
 * Whether an error means the database could not be reached (restarting, failed over, network down)
 * rather than a bug. Such a failure is the same for everyone and passes by itself: it is answered as
 * 503 with a sentence saying so and Retry-After, never as a 500 with a reference number. The pools
 * reconnect on the next request, so no restart of Harbor is needed.
 */
import { AppError } from "@/lib/errors";

/** Socket errors and Postgres's "connection exception" / "operator intervention" classes (08, 57P). */
const UNAVAILABLE_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "EPIPE", "ETIMEDOUT", "EHOSTUNREACH", "ENOTFOUND", "57P01", "57P02", "57P03"]);
const UNAVAILABLE_MESSAGES =
  /Connection terminated|terminating connection|the database system is (starting up|shutting down)|Client has encountered a connection error|timeout exceeded when trying to connect/i;

export function isDatabaseUnavailable(error: unknown): boolean {
  // Prisma and pg wrap the driver's error in causes (and Prisma in its own `code`s): walk them all.
  for (let current: unknown = error, depth = 0; current && depth < 6; depth++) {
    if (typeof current !== "object") return typeof current === "string" && UNAVAILABLE_MESSAGES.test(current);
    const candidate = current as { code?: unknown; message?: unknown; cause?: unknown; originalCode?: unknown };
    for (const code of [candidate.code, candidate.originalCode]) {
      if (typeof code === "string" && (UNAVAILABLE_CODES.has(code) || code.startsWith("08"))) return true;
    }
    if (typeof candidate.message === "string" && UNAVAILABLE_MESSAGES.test(candidate.message)) return true;
    current = candidate.cause;
  }
  return false;
}

export const DATABASE_RETRY_SECONDS = 10;

/** The error as the person should hear it: the database's absence as a clear 503, anything else unchanged. */
export function explainUnavailable(error: unknown): unknown {
  if (isDatabaseUnavailable(error)) return new AppError("unavailable", "errors.databaseUnavailable", { retryAfterSeconds: DATABASE_RETRY_SECONDS });
  return error;
}
