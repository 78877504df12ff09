/**
 * The client's address for rate limiting. The right-most X-Forwarded-For entry is the one our own
 * server or nearest proxy appended; entries to its left come from the client and can be forged.
 */
export function clientAddress(headers: Headers): string {
  const forwarded = headers.get("x-forwarded-for");
  const last = forwarded?.split(",").map((part) => part.trim()).filter(Boolean).pop();
  return last || headers.get("x-real-ip") || "unknown";
}
