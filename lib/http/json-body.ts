/**
 * The body of a JSON API request. JSON only: a cross-site form cannot send it without a CORS
 * preflight, which Harbor never allows, so a session cookie alone cannot be used to act.
 */
import { AppError } from "@/lib/errors";

export async function readJsonBody(request: Request): Promise<unknown> {
  if (!request.headers.get("content-type")?.startsWith("application/json")) throw new AppError("bad_request", "errors.api.jsonRequired");
  return request.json().catch(() => {
    throw new AppError("bad_request", "errors.api.invalidJson");
  });
}
