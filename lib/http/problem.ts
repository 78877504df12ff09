/**
 * The one place AppError becomes HTTP: RFC 9457 problem JSON. Unknown errors are logged with an id
 * and answered with that id only, so nothing internal (or personal) leaks to the client.
 */
import { randomUUID } from "node:crypto";
import { ZodError } from "zod";
import { AppError, isAppError } from "@/lib/errors";
import { env } from "@/lib/env";
import { API_POLICY, setSecurityHeaders } from "./security-headers";

const TITLES: Record<number, string> = {
  400: "Bad request",
  401: "Sign-in required",
  403: "Forbidden",
  404: "Not found",
  409: "Conflict",
  413: "Too large",
  422: "Cannot process",
  429: "Too many requests",
  500: "Internal error",
  503: "Unavailable",
};

export function problemResponse(error: unknown): Response {
  let appError: AppError;
  if (isAppError(error)) appError = error;
  else if (error instanceof ZodError) {
    appError = new AppError("bad_request", "Some values are missing or invalid.", {
      fields: error.issues.map((issue) => ({ path: issue.path.join("."), message: issue.message })),
    });
  } else {
    const id = randomUUID();
    console.error(`[error ${id}]`, error);
    appError = new AppError("internal", `Something went wrong on our side. If it keeps happening, quote reference ${id}.`);
  }
  const headers = new Headers({ "content-type": "application/problem+json", "cache-control": "no-store" });
  const retryAfter = appError.details?.retryAfterSeconds;
  if (typeof retryAfter === "number") headers.set("retry-after", String(retryAfter));
  return new Response(
    JSON.stringify({
      type: `https://harbor.example/problems/${appError.code}`,
      title: TITLES[appError.status] ?? "Error",
      status: appError.status,
      detail: appError.message,
      ...(appError.details ?? {}),
    }),
    { status: appError.status, headers },
  );
}

/** Wraps a route handler so every thrown error is answered the same way, and every answer carries the security headers. */
export function withProblems<Args extends unknown[]>(handler: (...args: Args) => Promise<Response>) {
  return async (...args: Args): Promise<Response> => {
    let response: Response;
    try {
      response = await handler(...args);
    } catch (error) {
      response = problemResponse(error);
    }
    return withSecurityHeaders(response);
  };
}

function withSecurityHeaders(response: Response): Response {
  // Some responses (a fetched body passed through) have immutable headers: copy them then.
  const secured = Object.isFrozen(response.headers) ? new Response(response.body, response) : response;
  try {
    setSecurityHeaders(secured.headers, API_POLICY, env().HARBOR_ENV === "production");
    return secured;
  } catch {
    const copy = new Response(response.body, response);
    setSecurityHeaders(copy.headers, API_POLICY, env().HARBOR_ENV === "production");
    return copy;
  }
}
