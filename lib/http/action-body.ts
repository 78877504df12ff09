/**
 * A server action's body, checked before React decodes it. React's decoder answers a malformed body
 * with an exception, which Next turns into a 500: a truncated multipart body, a text/plain body that
 * is not JSON, JSON nested thousands deep, or reference markers Harbor's pages never send ("$F1" a
 * server reference, "$@1" a promise, "$Q2" a Map…). Each is the client's mistake (or probe), so it
 * is refused as the 400 it is, with a plain reason, before anything runs.
 */

/** Deeper than any argument a Harbor page sends (ids, small records); far below what overflows a stack. */
export const MAX_ARGUMENT_DEPTH = 32;

/**
 * The only reference markers React's client encodes for Harbor's actions: "$$…" (a string that
 * starts with "$"), "$K<id>" (the form), "$undefined", "$D<date>", "$n<bigint>", and the special
 * numbers. Anything else names a promise, a Map, a Set, a stream, a server reference or a chunk
 * that no page of Harbor ever sends.
 */
const ALLOWED_MARKER = /^\$(\$|K\d+$|undefined$|D\d|n-?\d+$|-0$|Infinity$|-Infinity$|NaN$)/;

export interface BodyRefusal {
  status: 400;
  message: string;
}

const refuse = (message: string): BodyRefusal => ({ status: 400, message });

export function checkActionBody(contentType: string | null, body: Buffer): BodyRefusal | null {
  const type = (contentType ?? "").split(";")[0]!.trim().toLowerCase();
  if (type === "multipart/form-data") return checkMultipart(contentType!, body);
  if (type === "text/plain" || type === "") return checkModel(body.toString("utf8"));
  return null; // a form posted without JavaScript: Next reads it as a form, nothing for React to decode
}

/** One JSON model chunk of React's reply: valid JSON, not too deep, no marker Harbor never sends. */
export function checkModel(text: string): BodyRefusal | null {
  if (!withinDepth(text)) return refuse(`The request's arguments are nested deeper than ${MAX_ARGUMENT_DEPTH} levels.`);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return refuse("The request's arguments are not valid JSON.");
  }
  return hasForeignMarker(value) ? refuse("The request's arguments contain references Harbor does not accept.") : null;
}

/** Counted on the text, before parsing, so that a body nested 20,000 deep costs one pass and no recursion. */
function withinDepth(text: string): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c)
        i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      if (++depth > MAX_ARGUMENT_DEPTH) return false;
    } else if (c === 0x5d || c === 0x7d) depth--;
  }
  return true;
}

function hasForeignMarker(value: unknown): boolean {
  if (typeof value === "string") return value.startsWith("$") && !ALLOWED_MARKER.test(value);
  if (Array.isArray(value)) return value.some(hasForeignMarker);
  if (value && typeof value === "object") return Object.entries(value).some(([key, v]) => hasForeignMarker(key) || hasForeignMarker(v));
  return false;
}

/**
 * A multipart body must be whole (it ends with the closing boundary) and its model fields — named
 * by a number, as React names them; the form's own fields carry a "1_" prefix — must pass checkModel.
 */
function checkMultipart(contentType: string, body: Buffer): BodyRefusal | null {
  const boundary = /boundary=(?:"([^"]+)"|([^;]+))/i.exec(contentType);
  const delimiter = boundary?.[1] ?? boundary?.[2]?.trim();
  if (!delimiter) return refuse("The multipart request names no boundary.");
  const close = Buffer.from(`--${delimiter}--`);
  const tail = body.subarray(Math.max(0, body.length - close.length - 4));
  if (tail.indexOf(close) < 0) return refuse("The multipart request ends before its closing boundary: it was cut short. Send it again.");
  const separator = Buffer.from(`--${delimiter}`);
  let start = body.indexOf(separator);
  while (start >= 0) {
    const next = body.indexOf(separator, start + separator.length);
    if (next < 0) break;
    const part = body.subarray(start + separator.length, next);
    const headerEnd = part.indexOf("\r\n\r\n");
    if (headerEnd < 0) return refuse("A part of the multipart request has no headers.");
    const headers = part.subarray(0, headerEnd).toString("latin1");
    const name = /name="([^"]*)"/i.exec(headers)?.[1];
    if (name !== undefined && /^\d+$/.test(name) && !/filename=/i.test(headers)) {
      const value = part.subarray(headerEnd + 4, part.length - 2).toString("utf8"); // drop the CRLF before the next boundary
      const refusal = checkModel(value);
      if (refusal) return refusal;
    }
    start = next;
  }
  return null;
}
