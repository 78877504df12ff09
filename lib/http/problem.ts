/**
 * The one place AppError becomes HTTP: RFC 9457 problem JSON. Unknown errors are logged with an id
 * and answered with that id only, so nothing internal (or personal) leaks to the client.
 */
import { randomUUID } from "node:crypto";
import { ZodError } from "zod";
import { AppError, isAppError } from "@/lib/errors";
import { errorText } from "@/lib/i18n/error-text";
import { explainUnavailable } from "@/lib/db/unavailable";
import { env } from "@/lib/env";
import { assertNotCrossSiteWrite } from "./action-request";
import { limitApiCall } from "./api-limit";
import { API_POLICY, setSecurityHeaders } from "./security-headers";

/** Problem titles by status, as keys of the "problems" messages. */
const TITLES: Record<number, string> = {
  400: "problems.400",
  401: "problems.401",
  403: "problems.403",
  404: "problems.404",
  409: "problems.409",
  413: "problems.413",
  422: "problems.422",
  429: "problems.429",
  500: "problems.500",
  503: "problems.503",
};

/** The error as RFC 9457 problem JSON, its title and detail in the request's language. */
export async function problemResponse(thrown: unknown): Promise<Response> {
  const error = explainUnavailable(thrown);
  const render = await errorText();
  let appError: AppError;
  if (isAppError(error)) appError = error;
  else if (error instanceof ZodError) {
    appError = new AppError("bad_request", "errors.invalidValues", {
      fields: error.issues.map((issue) => ({ path: issue.path.join("."), message: render.issue(issue) })),
    });
  } else {
    const id = randomUUID();
    console.error(`[error ${id}]`, error);
    appError = new AppError("internal", "errors.internal", { params: { reference: id } });
  }
  const headers = new Headers({ "content-type": "application/problem+json", "cache-control": "no-store" });
  const retryAfter = appError.details?.retryAfterSeconds;
  if (typeof retryAfter === "number") headers.set("retry-after", String(retryAfter));
  return new Response(
    JSON.stringify({
      type: `https://harbor.example/problems/${appError.code}`,
      title: render.text(TITLES[appError.status] ?? "problems.500"),
      status: appError.status,
      detail: render.error(appError),
      ...publicDetails(appError, render),
    }),
    { status: appError.status, headers },
  );
}

/**
 * Wraps a route handler so every thrown error is answered the same way, and every answer carries the
 * security headers. A state-changing request another site's page sent is refused before the handler
 * runs, as server actions are (lib/http/action-request); so is a caller over the API's per-minute cap
 * (lib/http/api-limit), unless `limited: false` (LiveKit's own signed webhooks).
 */
export function withProblems<Args extends unknown[]>(handler: (...args: Args) => Promise<Response>, options: { limited?: boolean } = {}) {
  return async (...args: Args): Promise<Response> => {
    let response: Response;
    try {
      if (args[0] instanceof Request) {
        assertNotCrossSiteWrite(args[0]);
        if (options.limited !== false) await limitApiCall(args[0]);
      }
      response = await handler(...args);
    } catch (error) {
      response = await problemResponse(error);
    }
    return withSecurityHeaders(response);
  };
}

function withSecurityHeaders(response: Response): Response {
  const production = env().HARBOR_ENV === "production";
  try {
    setSecurityHeaders(response.headers, API_POLICY, production);
    return response;
  } catch {
    // A response with immutable headers (a fetched body passed through): answer with a copy.
    const copy = new Response(response.body, response);
    setSecurityHeaders(copy.headers, API_POLICY, production);
    return copy;
  }
}

/** Details safe for the client, field messages in the request's language (parameters stay in the detail). */
function publicDetails(error: AppError, render: Awaited<ReturnType<typeof errorText>>): Record<string, unknown> {
  const rest = { ...(error.details ?? {}) };
  delete rest.params;
  if (Array.isArray(rest.fields))
    rest.fields = (rest.fields as { path: string; message: string }[]).map((f) => ({ path: f.path, message: render.text(f.message) }));
  return rest;
}
