import { expect, test } from "@playwright/test";
import { ALL_PAGES, ALL_ROLES, mayOpen, PAGES_OF_ROLE } from "../support/access-policy";
import type { Role } from "@/lib/auth/roles";
import { signInAs } from "./helpers";

// Every role against every page, expected from the policy written out by hand (not the app's own
// table): its own pages open as themselves — not the sign-in page — and every other is the 403 page.
for (const role of ALL_ROLES) {
  test(`${role} is refused every page outside its role`, async ({ page }) => {
    await signInAs(page, role);
    for (const route of ALL_PAGES) {
      const response = await page.goto(route);
      expect(new URL(page.url()).pathname, `${role} on ${route} was sent to sign in`).not.toBe("/login");
      if (mayOpen(role, route)) {
        expect(response?.status(), route).toBe(200);
        // /home only sends each role on to its own home, one of its own pages.
        if (route === "/home") expect(PAGES_OF_ROLE[role], route).toContain(new URL(page.url()).pathname);
        else expect(new URL(page.url()).pathname, route).toBe(route);
        continue;
      }
      expect(response?.status(), `${role} on ${route}`).toBe(403);
      await expect(page.getByRole("heading", { name: "This is not available to your account" })).toBeVisible();
    }
  });
}

test("a signed-out visitor is sent to sign-in from every page", async ({ page }) => {
  for (const route of ALL_PAGES) {
    await page.goto(route);
    await expect(page, route).toHaveURL(new RegExp(`/login\\?callbackUrl=${encodeURIComponent(route)}`));
  }
});

test("a forged or corrupted session cookie counts as signed out, never as an error", async ({ page, baseURL }) => {
  await page.context().addCookies([{ name: "next-auth.session-token", value: "eyJhbGciOiJkaXIiLCJlbmMiOiJBMjU2R0NNIn0..forged.token.x", url: baseURL! }]);
  await page.goto("/cabinet");
  await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fcabinet/);
  const api = await page.request.get("/api/v1/psychologists");
  expect(api.status()).toBe(401);
  expect((await api.json()).title).toMatch(/\w{3}/);
});

test("the liveness endpoint answers without a session", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  // Whether calls can be placed yet is public: a room waiting for a first-time LiveKit build asks.
  expect(await response.json()).toEqual({ status: "ok", calls: "configured" });
});

test("a signed-out visitor gets an empty session from the session API", async ({ request }) => {
  const response = await request.get("/api/auth/session");
  expect(await response.json()).toEqual({});
});

// The registry upload API: only administrators, and a tenant admin only for their own tenant.
test.describe("registry upload API", () => {
  const body = { headers: { "content-type": "application/octet-stream" }, data: Buffer.from("id\nAPI-PROBE-1\n") };

  test("answers 401 problem JSON to a signed-out caller", async ({ request }) => {
    const response = await request.post("/api/v1/tenants/00000000-0000-4000-8000-000000000000/registry-imports?dryRun=true", body);
    expect(response.status()).toBe(401);
    expect(response.headers()["content-type"]).toContain("application/problem+json");
  });

  for (const role of ["employee", "psychologist", "hr"] as Role[]) {
    test(`refuses ${role} with 403`, async ({ page }) => {
      await signInAs(page, role);
      const response = await page.request.post("/api/v1/tenants/00000000-0000-4000-8000-000000000000/registry-imports?dryRun=true", body);
      expect(response.status()).toBe(403);
    });
  }

  test("answers 404 to a tenant admin naming another tenant", async ({ page }) => {
    await signInAs(page, "platform_admin");
    const northwind = await page.locator('a:has-text("Northwind Traders")').getAttribute("href");
    const otherTenantId = northwind!.split("/").pop()!;
    await page.context().clearCookies();
    await signInAs(page, "tenant_admin");
    const response = await page.request.post(`/api/v1/tenants/${otherTenantId}/registry-imports?dryRun=true`, body);
    expect(response.status()).toBe(404);
  });
});

test("pages carry a nonce-based CSP their own scripts satisfy; route handlers carry the API policy", async ({ page, request }) => {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy|Refused to (load|execute)/i.test(message.text())) violations.push(message.text());
  });
  const response = await page.goto("/login");
  const policy = response!.headers()["content-security-policy"]!;
  const nonce = /'nonce-([^']+)'/.exec(policy)?.[1];
  expect(nonce).toBeTruthy();
  expect(policy).toContain("frame-ancestors 'none'");
  // Next's own scripts run (the form signs in), and every script tag carries this request's nonce.
  await signInAs(page, "employee");
  expect(violations).toEqual([]);
  const second = await request.get("/login");
  expect(second.headers()["content-security-policy"]).not.toContain(nonce!);
  for (const path of ["/api/v1/psychologists", "/api/v1/tenants/00000000-0000-4000-8000-000000000000/registry-imports", "/api/health"]) {
    const answer = path.includes("registry") ? await request.post(path) : await request.get(path);
    expect(answer.headers()["content-security-policy"], path).toContain("default-src 'none'");
    expect(answer.headers()["x-frame-options"], path).toBe("DENY");
  }
  // Pages other than the rooms deny the camera and microphone.
  expect(response!.headers()["permissions-policy"]).toContain("camera=()");
  // Static files, served without the proxy, carry the headers that apply to a file.
  const script = await page.evaluate(() => document.querySelector<HTMLScriptElement>("script[src^='/_next/static/']")?.getAttribute("src"));
  for (const path of ["/icon.svg", script!]) {
    const file = await request.get(path);
    expect(file.status(), path).toBe(200);
    expect(file.headers()["x-content-type-options"], path).toBe("nosniff");
    expect(file.headers()["permissions-policy"], path).toContain("microphone=()");
  }
});
