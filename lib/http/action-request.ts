/**
 * Checks on a server-action request made before Next.js reads it. Next answers a foreign Origin
 * and an over-long body with a 500; these turn both (and a body of unknown length, which could be
 * endless) into the 4xx they are, with a plain reason, before anything runs.
 */

import { AppError } from "@/lib/errors";

/** Must match serverActions.bodySizeLimit in next.config.mjs ("9mb"). */
export const ACTION_BODY_LIMIT_BYTES = 9 * 1024 * 1024;

export interface ActionRefusal {
  status: 403 | 411 | 413;
  message: string;
}

/**
 * False when the request names an Origin that is not this site's own (the comparison Next makes for
 * server actions, forwarded host first). No Origin at all (a BI tool, LiveKit's webhook) is not a
 * browser acting for another site.
 */
export function isSameSiteOrNone(headers: Headers): boolean {
  const origin = headers.get("origin");
  if (!origin) return true;
  const host = headers.get("x-forwarded-host")?.split(",")[0]?.trim() || headers.get("host");
  let originHost: string | null = null;
  try {
    originHost = origin === "null" ? "null" : new URL(origin).host;
  } catch {
    originHost = null;
  }
  return Boolean(host) && originHost === host;
}

export function checkActionRequest(headers: Headers): ActionRefusal | null {
  if (!isSameSiteOrNone(headers)) return { status: 403, message: "This request came from another site, so Harbor did not act on it." };
  const length = headers.get("content-length");
  if (length === null) {
    if (headers.get("transfer-encoding")) return { status: 411, message: "Send the request with a Content-Length." };
    return null;
  }
  const bytes = Number(length);
  if (!Number.isSafeInteger(bytes) || bytes < 0) return { status: 411, message: "Send the request with a valid Content-Length." };
  if (bytes > ACTION_BODY_LIMIT_BYTES)
    return { status: 413, message: `The upload is larger than ${ACTION_BODY_LIMIT_BYTES / 1024 / 1024} MB. Choose a smaller file.` };
  return null;
}

const READ_ONLY = new Set(["GET", "HEAD", "OPTIONS"]);

/** Throws a 403 for a state-changing request another site's page sent (every route handler asks, through withProblems). */
export function assertNotCrossSiteWrite(request: Request): void {
  if (!READ_ONLY.has(request.method) && !isSameSiteOrNone(request.headers)) throw new AppError("forbidden", "errors.api.crossSite");
}
