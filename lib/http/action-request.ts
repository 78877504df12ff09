/**
 * Checks on a server-action request made before Next.js reads it. Next answers a foreign Origin
 * and an over-long body with a 500; these turn both (and a body of unknown length, which could be
 * endless) into the 4xx they are, with a plain reason, before anything runs.
 */

/** Must match serverActions.bodySizeLimit in next.config.mjs ("9mb"). */
export const ACTION_BODY_LIMIT_BYTES = 9 * 1024 * 1024;

export interface ActionRefusal {
  status: 403 | 411 | 413;
  message: string;
}

export function checkActionRequest(headers: Headers): ActionRefusal | null {
  const origin = headers.get("origin");
  if (origin) {
    // The same comparison Next makes (forwarded host first), but refused as a 403 rather than a 500.
    const host = headers.get("x-forwarded-host")?.split(",")[0]?.trim() || headers.get("host");
    let originHost: string | null = null;
    try {
      originHost = origin === "null" ? "null" : new URL(origin).host;
    } catch {
      originHost = null;
    }
    if (!host || originHost !== host) return { status: 403, message: "This request came from another site, so Harbor did not act on it." };
  }
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
