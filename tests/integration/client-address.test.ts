import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CLIENT_ADDRESS_HEADER, compileTrustedProxies, stampClientAddress } from "@/lib/http/client-address";

// The web process's own stamping, on a real socket: what a rate limit will key on.
describe("the client address the web process hands to Next.js", () => {
  let server: http.Server;
  let port = 0;
  let trust = compileTrustedProxies([]);

  beforeAll(async () => {
    server = http.createServer((request, response) => {
      stampClientAddress(request, trust);
      response.end(String(request.headers[CLIENT_ADDRESS_HEADER]));
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const ask = (headers: Record<string, string>) => fetch(`http://127.0.0.1:${port}/`, { headers }).then((r) => r.text());

  it("is the socket's peer, whatever X-Forwarded-For or the header itself claim", async () => {
    trust = compileTrustedProxies([]);
    expect(await ask({ "x-forwarded-for": "1.2.3.4" })).toBe("127.0.0.1");
    expect(await ask({ [CLIENT_ADDRESS_HEADER]: "5.6.7.8", "x-forwarded-for": "1.2.3.4" })).toBe("127.0.0.1");
  });

  it("is what a trusted proxy reports when the peer is one", async () => {
    trust = compileTrustedProxies(["loopback"]);
    expect(await ask({ "x-forwarded-for": "198.51.100.7" })).toBe("198.51.100.7");
  });
});
