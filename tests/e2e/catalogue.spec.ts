import { expect, test, type Page } from "@playwright/test";
import { signInAs } from "./helpers";

async function shoot(page: Page, name: string) {
  await page.screenshot({ path: `test-results/screenshots/${test.info().project.name}-${name}.png`, fullPage: true });
}

// A filter change asks the API; the list is settled once that answer arrived and was rendered.
async function choose(page: Page, label: string, value: string) {
  const answered = page.waitForResponse((r) => r.url().includes("/api/v1/psychologists"));
  await page.getByLabel(label).selectOption(value);
  await answered;
  await expect(page.locator('section[aria-labelledby="results-heading"]')).toHaveAttribute("aria-busy", "false");
}

// The panel may open itself after hydration (wide screens), so toggle until the filters show.
async function openFilters(page: Page) {
  await expect(async () => {
    if (!(await page.getByLabel("Topic").isVisible())) await page.locator("summary", { hasText: "Filters" }).click();
    await expect(page.getByLabel("Topic")).toBeVisible({ timeout: 1000 });
  }).toPass();
}

test("an employee filters the catalogue, opens a profile and sees free times and reviews @phone", async ({ page }) => {
  await signInAs(page, "employee");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Find a specialist" }).click();
  await expect(page).toHaveURL(/\/catalogue$/);
  const cards = page.getByTestId("psychologist-card");
  await expect(cards.first()).toBeVisible();
  const allCount = await page.getByTestId("result-count").textContent();
  await shoot(page, "catalogue");

  await openFilters(page);
  await choose(page, "Topic", "sleep");
  await expect(page).toHaveURL(/topic=sleep/);
  await expect(page.getByTestId("result-count")).not.toHaveText(allCount!);
  await expect(cards.first()).toBeVisible();
  for (const slot of await page.getByTestId("next-slot").allTextContents()) expect(slot).toMatch(/Next free|No free time/);

  // The filters survive a reload: they live in the address.
  await page.reload();
  await openFilters(page);
  await expect(page.getByLabel("Topic")).toHaveValue("sleep");

  await choose(page, "Topic", "");
  await choose(page, "Sort by", "rating");
  await expect(page).toHaveURL(/sort=rating/);
  await expect(cards.first().getByTestId("rating")).toBeVisible();
  const name = (await cards.first().getByRole("heading").textContent())!;
  await cards.first().getByRole("link").click();

  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  await expect(page.getByTestId("slot-list").getByRole("listitem").first()).toBeVisible();
  await expect(page.getByTestId("reviews").getByRole("listitem").first()).toBeVisible();
  // Reviews carry a month, never a day.
  for (const review of await page.getByTestId("reviews").getByRole("listitem").allTextContents())
    expect(review).toMatch(/(January|February|March|April|May|June|July|August|September|October|November|December) \d{4}/);
  await shoot(page, "profile");
});

test("the matching questionnaire turns answers into catalogue filters @phone", async ({ page }) => {
  await signInAs(page, "employee");
  await page.goto("/catalogue/match");
  await page.getByRole("radio", { name: "Stress and burnout" }).check();
  await page.getByRole("group", { name: "How would you prefer to talk?" }).getByRole("radio", { name: "Video call" }).check();
  await page.getByRole("radio", { name: "Finnish" }).check();
  await shoot(page, "match");
  await page.getByRole("button", { name: "Show matching specialists" }).click();
  await expect(page).toHaveURL(/topic=stress_burnout/);
  await expect(page).toHaveURL(/language=fi/);
  await expect(page.getByTestId("psychologist-card").first()).toBeVisible();
  await expect(page.getByTestId("psychologist-card").first()).toContainText("Video call");
});

test("a filter that matches nobody says so and offers a way back", async ({ page }) => {
  await signInAs(page, "employee");
  await page.goto("/catalogue?topic=family_law&language=de&gender=male");
  await expect(page.getByText("No specialist matches all of these filters.")).toBeVisible();
  await page.getByRole("button", { name: "Clear filters" }).click();
  await expect(page.getByTestId("psychologist-card").first()).toBeVisible();
  await expect(page).toHaveURL(/\/catalogue$/);
});

test("a hand-edited link with an unknown value still shows the catalogue", async ({ page }) => {
  await signInAs(page, "employee");
  await page.goto("/catalogue?withinDays=999&sort=cheapest");
  await expect(page.getByTestId("filters-ignored")).toBeVisible();
  await expect(page.getByTestId("psychologist-card").first()).toBeVisible();
});

test.describe("catalogue API", () => {
  test("answers RFC 9457 problems for bad parameters and for signed-out callers", async ({ page, request }) => {
    const anonymous = await request.get("/api/v1/psychologists");
    expect(anonymous.status()).toBe(401);
    expect(anonymous.headers()["content-type"]).toContain("application/problem+json");
    await signInAs(page, "employee");
    const bad = await page.request.get("/api/v1/psychologists?withinDays=abc&colour=blue");
    expect(bad.status()).toBe(400);
    const problem = await bad.json();
    expect(problem).toMatchObject({ status: 400, title: "Bad request", type: expect.stringContaining("bad_request") });
    expect(problem.fields.map((f: { path: string }) => f.path)).toContain("withinDays");
    const ok = await page.request.get("/api/v1/psychologists?sort=experience");
    expect(ok.status()).toBe(200);
    const body = await ok.json();
    expect(body.items.length).toBeGreaterThan(0);
    const years = body.items.map((c: { experienceYears: number }) => c.experienceYears);
    expect(years).toEqual([...years].sort((a, b) => b - a));
  });

  test("refuses every role but employees", async ({ page }) => {
    for (const role of ["psychologist", "hr", "tenant_admin", "platform_admin"] as const) {
      await page.context().clearCookies();
      await signInAs(page, role);
      expect((await page.request.get("/api/v1/psychologists")).status(), role).toBe(403);
    }
  });
});
