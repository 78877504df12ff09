import { expect, test } from "@playwright/test";
import { ROUTE_ROLES } from "@/lib/auth/route-roles";
import type { Role } from "@/lib/auth/roles";
import { DEMO_LOGINS, signInAs } from "./helpers";

const ROLES = Object.keys(DEMO_LOGINS) as Role[];

// Every role against every page it must not reach: the 403 page, with status 403.
for (const role of ROLES) {
  test(`${role} is refused every page outside its role`, async ({ page }) => {
    await signInAs(page, role);
    for (const [route, allowed] of Object.entries(ROUTE_ROLES)) {
      const response = await page.goto(route);
      if ((allowed as readonly Role[]).includes(role)) {
        expect(response?.status(), route).toBeLessThan(400);
        continue;
      }
      expect(response?.status(), `${role} on ${route}`).toBe(403);
      await expect(page.getByRole("heading", { name: "This page is not available to your account" })).toBeVisible();
    }
  });
}

test("a signed-out visitor is sent to sign-in from every page", async ({ page }) => {
  for (const route of Object.keys(ROUTE_ROLES)) {
    await page.goto(route);
    await expect(page, route).toHaveURL(new RegExp(`/login\\?callbackUrl=${encodeURIComponent(route)}`));
  }
});

test("a signed-out visitor gets 401 from the session API, not data", async ({ request }) => {
  const response = await request.get("/api/auth/session");
  expect(await response.json()).toEqual({});
});
