/**
 * The body of a JSON API request. JSON only: a cross-site form cannot send it without a CORS
 * preflight, which Harbor never allows, so a session cookie alone cannot be used to act.
 */
import { AppError } from "@/lib/errors";

/** The largest JSON body any route takes (a chat message of 4,000 characters is well under it). */
export const JSON_BODY_LIMIT_BYTES = 64 * 1024;

export async function readJsonBody(request: Request): Promise<unknown> {
  if (!request.headers.get("content-type")?.startsWith("application/json")) throw new AppError("bad_request", "errors.api.jsonRequired");
  const tooLarge = () => new AppError("payload_too_large", "errors.api.tooLarge", { params: { kilobytes: JSON_BODY_LIMIT_BYTES / 1024 } });
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > JSON_BODY_LIMIT_BYTES) throw tooLarge();
  // Read no further than the limit, whatever the declared length (chunked bodies have none).
  const chunks: Uint8Array[] = [];
  let size = 0;
  if (request.body) {
    const reader = request.body.getReader();
    for (let next = await reader.read(); !next.done; next = await reader.read()) {
      size += next.value.byteLength;
      if (size > JSON_BODY_LIMIT_BYTES) {
        await reader.cancel().catch(() => undefined);
        throw tooLarge();
      }
      chunks.push(next.value);
    }
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString("utf8"));
  } catch {
    throw new AppError("bad_request", "errors.api.invalidJson");
  }
}
