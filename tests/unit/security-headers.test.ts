import { describe, expect, it } from "vitest";
import { checkActionRequest } from "@/lib/http/action-request";
import { API_POLICY, pagePolicy, permissionsPolicy, setSecurityHeaders } from "@/lib/http/security-headers";

describe("security headers", () => {
  it("sends HSTS and upgrades requests only in production", () => {
    const production = new Headers();
    setSecurityHeaders(production, pagePolicy("n0nce", { production: true, development: false }), true);
    expect(production.get("strict-transport-security")).toMatch(/max-age=\d{8}/);
    expect(production.get("content-security-policy")).toContain("upgrade-insecure-requests");
    const local = new Headers();
    setSecurityHeaders(local, API_POLICY, false);
    expect(local.get("strict-transport-security")).toBeNull();
    expect(local.get("content-security-policy")).toBe(API_POLICY);
  });

  it("allows camera, microphone and screen sharing where employees and psychologists reach their rooms from, and nowhere else", () => {
    const reaching = [
      "/cabinet/sessions/3f2b1c9e-0000-4000-8000-000000000001",
      "/practice/sessions/3f2b1c9e-0000-4000-8000-000000000001",
      "/cabinet",
      "/practice/calendar",
      "/catalogue/x",
      "/account/security",
      "/home",
    ];
    for (const room of reaching) {
      expect(permissionsPolicy(room), room).toContain("camera=(self), microphone=(self), display-capture=(self)");
    }
    for (const other of ["/", "/login", "/t/acme", "/hr", "/manage", "/admin/outbox", "/api/v1/psychologists", "/cabinetx", "/q/token"]) {
      expect(permissionsPolicy(other), other).toContain("camera=(), microphone=(), display-capture=()");
    }
    const api = new Headers();
    setSecurityHeaders(api, API_POLICY, false);
    expect(api.get("permissions-policy")).toContain("camera=()");
  });

  it("lets scripts run only with the request's nonce", () => {
    const policy = pagePolicy("abc", { production: false, development: false });
    expect(policy).toContain("script-src 'self' 'nonce-abc' 'strict-dynamic'");
    // WebAssembly may compile (the background blur); JavaScript eval may not.
    expect(policy).not.toContain("'unsafe-eval'");
    expect(policy).toContain("'wasm-unsafe-eval'");
    expect(policy).toContain("object-src 'none'");
  });
});

describe("server-action requests", () => {
  const headers = (entries: Record<string, string>) => new Headers(entries);
  it("refuses another site's origin, and accepts its own", () => {
    expect(checkActionRequest(headers({ host: "harbor.example", origin: "https://evil.example", "content-length": "10" }))?.status).toBe(403);
    expect(checkActionRequest(headers({ host: "harbor.example", origin: "null", "content-length": "10" }))?.status).toBe(403);
    expect(checkActionRequest(headers({ host: "harbor.example", origin: "https://harbor.example", "content-length": "10" }))).toBeNull();
  });
  it("refuses a body over the limit or of unknown length", () => {
    expect(checkActionRequest(headers({ host: "h", origin: "http://h", "content-length": String(50 * 1024 * 1024) }))?.status).toBe(413);
    expect(checkActionRequest(headers({ host: "h", origin: "http://h", "transfer-encoding": "chunked" }))?.status).toBe(411);
    expect(checkActionRequest(headers({ host: "h", origin: "http://h", "content-length": "-4" }))?.status).toBe(411);
  });
});
