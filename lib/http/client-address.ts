/**
 * The client's network address, for rate limits. `X-Forwarded-For` is written by whoever sends the
 * request, so it is believed only as far as TRUSTED_PROXIES says: starting from the socket's peer,
 * each hop that is a trusted proxy hands over to the address it reports, and the first untrusted
 * one is the client (proxy-addr's rule, as Express applies it). With no trusted proxies the socket
 * peer is the client, whatever the headers claim.
 *
 * The web process (scripts/web.ts) resolves it once per request from the socket and writes it into
 * CLIENT_ADDRESS_HEADER, replacing anything a client sent under that name.
 */
import type { IncomingMessage } from "node:http";
import proxyAddr from "proxy-addr";

export const CLIENT_ADDRESS_HEADER = "x-harbor-client-address";

export type TrustProxy = (address: string, hop: number) => boolean;

/** Compiles TRUSTED_PROXIES: IPs, CIDR ranges and proxy-addr's names (loopback, linklocal, uniquelocal). */
export function compileTrustedProxies(list: readonly string[]): TrustProxy {
  return list.length === 0 ? () => false : proxyAddr.compile([...list]);
}

export function resolveClientAddress(socketAddress: string | undefined, forwardedFor: string | string[] | undefined, trust: TrustProxy): string {
  if (!socketAddress) return "unknown";
  const request = {
    headers: { "x-forwarded-for": Array.isArray(forwardedFor) ? forwardedFor.join(",") : forwardedFor },
    socket: { remoteAddress: socketAddress },
  };
  const address = proxyAddr(request as unknown as Parameters<typeof proxyAddr>[0], trust);
  // An IPv4 client on a dual-stack socket shows as ::ffff:a.b.c.d; one client, one key.
  return address.startsWith("::ffff:") && address.includes(".") ? address.slice(7) : address;
}

/** Run by the web process on every request before Next.js: whatever the client sent under this name is replaced. */
export function stampClientAddress(request: IncomingMessage, trust: TrustProxy): void {
  request.headers[CLIENT_ADDRESS_HEADER] = resolveClientAddress(request.socket.remoteAddress, request.headers["x-forwarded-for"], trust);
}

/** The address the web process resolved, from a request's headers ("unknown" outside it). */
export function clientAddress(headers: Headers): string {
  return headers.get(CLIENT_ADDRESS_HEADER) || "unknown";
}

/** The same, from a plain header record (next-auth's request object). */
export function clientAddressOf(headers: Record<string, unknown>): string {
  const value = headers[CLIENT_ADDRESS_HEADER];
  return typeof value === "string" && value ? value : "unknown";
}
