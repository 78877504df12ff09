import { describe, expect, it } from "vitest";
import { compileTrustedProxies, resolveClientAddress } from "@/lib/http/client-address";

describe("resolveClientAddress", () => {
  const none = compileTrustedProxies([]);

  it("believes no header when no proxy is trusted", () => {
    expect(resolveClientAddress("203.0.113.9", "1.2.3.4", none)).toBe("203.0.113.9");
    expect(resolveClientAddress("203.0.113.9", ["1.2.3.4", "5.6.7.8"], none)).toBe("203.0.113.9");
  });

  it("takes the address a trusted proxy reports, and no further than the first untrusted hop", () => {
    const balancer = compileTrustedProxies(["10.0.0.0/8"]);
    expect(resolveClientAddress("10.0.0.5", "198.51.100.7", balancer)).toBe("198.51.100.7");
    // The client wrote "1.2.3.4" itself; the balancer appended the real peer.
    expect(resolveClientAddress("10.0.0.5", "1.2.3.4, 198.51.100.7", balancer)).toBe("198.51.100.7");
    // Two trusted hops hand over twice.
    expect(resolveClientAddress("10.0.0.5", "198.51.100.7, 10.0.0.9", balancer)).toBe("198.51.100.7");
  });

  it("ignores the header from a peer that is not a trusted proxy", () => {
    expect(resolveClientAddress("198.51.100.7", "10.0.0.1", compileTrustedProxies(["10.0.0.0/8"]))).toBe("198.51.100.7");
  });

  it("keys an IPv4 client the same on a dual-stack socket", () => {
    expect(resolveClientAddress("::ffff:203.0.113.9", undefined, none)).toBe("203.0.113.9");
    expect(resolveClientAddress(undefined, "1.2.3.4", none)).toBe("unknown");
  });

  it("refuses a malformed trust list", () => {
    expect(() => compileTrustedProxies(["not-an-address"])).toThrow();
  });
});
