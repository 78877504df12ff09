import type { Page } from "@playwright/test";
import { signInAs } from "./helpers";
import { msg, type Lang } from "./i18n";
import { expect, shoot, test } from "./locale";

// A filter change asks the API; the list is settled once that answer arrived and was rendered.
async function choose(page: Page, label: string, value: string) {
  const answered = page.waitForResponse((r) => r.url().includes("/api/v1/psychologists"));
  await page.getByLabel(label).selectOption(value);
  await answered;
  await expect(page.locator('section[aria-labelledby="results-heading"]')).toHaveAttribute("aria-busy", "false");
}

// The panel may open itself after hydration (wide screens), so toggle until the filters show.
async function openFilters(page: Page, lang: Lang) {
  const topic = page.getByLabel(msg(lang, "catalogue.topic"));
  await expect(async () => {
    if (!(await topic.isVisible())) await page.locator("summary", { hasText: msg(lang, "catalogue.filters") }).click();
    await expect(topic).toBeVisible({ timeout: 1000 });
  }).toPass();
}

test("an employee filters the catalogue, opens a profile and sees free times and reviews @phone", async ({ page, lang, t }) => {
  await signInAs(page, "employee", lang);
  await page
    .getByRole("navigation", { name: t("shell.main") })
    .getByRole("link", { name: t("nav.catalogue") })
    .click();
  await expect(page).toHaveURL(/\/catalogue$/);
  const cards = page.getByTestId("psychologist-card");
  await expect(cards.first()).toBeVisible();
  const allCount = await page.getByTestId("result-count").textContent();
  await shoot(page, "catalogue");

  await openFilters(page, lang);
  await choose(page, t("catalogue.topic"), "sleep");
  await expect(page).toHaveURL(/topic=sleep/);
  await expect(page.getByTestId("result-count")).not.toHaveText(allCount!);
  await expect(cards.first()).toBeVisible();
  const nextFree = t("catalogue.card.nextFree", { when: "" }).trim();
  for (const slot of await page.getByTestId("next-slot").allTextContents())
    expect(slot.startsWith(nextFree) || slot === t("catalogue.card.noFreeTime")).toBe(true);

  // The filters survive a reload: they live in the address.
  await page.reload();
  await openFilters(page, lang);
  await expect(page.getByLabel(t("catalogue.topic"))).toHaveValue("sleep");

  await choose(page, t("catalogue.topic"), "");
  await choose(page, t("catalogue.sort"), "rating");
  await expect(page).toHaveURL(/sort=rating/);
  await expect(cards.first().getByTestId("rating")).toBeVisible();
  const name = (await cards.first().getByRole("heading").textContent())!;
  await cards.first().getByRole("link").click();

  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  await expect(page.getByTestId("slot-list").getByRole("listitem").first()).toBeVisible();
  await expect(page.getByTestId("reviews").getByRole("listitem").first()).toBeVisible();
  // Reviews carry a month, never a day: "March 2026" / "март 2026 г.".
  const months = Array.from({ length: 12 }, (_, i) =>
    new Intl.DateTimeFormat(lang === "ru" ? "ru-RU" : "en-GB", { month: "long", timeZone: "UTC" }).format(Date.UTC(2024, i, 15)),
  );
  for (const review of await page.getByTestId("reviews").getByRole("listitem").allTextContents())
    expect(review).toMatch(new RegExp(`(${months.join("|")}) \\d{4}`));
  await shoot(page, "profile");
});

test("the matching questionnaire turns answers into catalogue filters @phone", async ({ page, lang, t }) => {
  await signInAs(page, "employee", lang);
  await page.goto("/catalogue/match");
  await page.getByRole("radio", { name: t("vocabulary.topic.stress_burnout") }).check();
  await page
    .getByRole("group", { name: t("match.format") })
    .getByRole("radio", { name: t("vocabulary.format.video") })
    .check();
  await page.getByRole("radio", { name: t("vocabulary.language.fi") }).check();
  await shoot(page, "match");
  await page.getByRole("button", { name: t("match.show") }).click();
  await expect(page).toHaveURL(/topic=stress_burnout/);
  await expect(page).toHaveURL(/language=fi/);
  await expect(page.getByTestId("psychologist-card").first()).toBeVisible();
  await expect(page.getByTestId("psychologist-card").first()).toContainText(t("vocabulary.format.video"));
});

test("a filter that matches nobody says so and offers a way back", async ({ page, lang, t }) => {
  await signInAs(page, "employee", lang);
  await page.goto("/catalogue?topic=family_law&language=de&gender=male");
  await expect(page.getByText(t("catalogue.noMatch"))).toBeVisible();
  await page.getByRole("button", { name: t("catalogue.clear") }).click();
  await expect(page.getByTestId("psychologist-card").first()).toBeVisible();
  await expect(page).toHaveURL(/\/catalogue$/);
});

test("a hand-edited link with an unknown value still shows the catalogue", async ({ page, lang }) => {
  await signInAs(page, "employee", lang);
  await page.goto("/catalogue?withinDays=999&sort=cheapest");
  await expect(page.getByTestId("filters-ignored")).toBeVisible();
  await expect(page.getByTestId("psychologist-card").first()).toBeVisible();
});

test.describe("catalogue API", () => {
  test("answers RFC 9457 problems for bad parameters and for signed-out callers", async ({ page, request, lang, t }) => {
    const anonymous = await request.get("/api/v1/psychologists", { headers: { "accept-language": lang } });
    expect(anonymous.status()).toBe(401);
    expect(anonymous.headers()["content-type"]).toContain("application/problem+json");
    expect(await anonymous.json()).toMatchObject({ title: t("problems.401"), detail: t("errors.session.signIn") });
    await signInAs(page, "employee", lang);
    const bad = await page.request.get("/api/v1/psychologists?withinDays=abc&colour=blue");
    expect(bad.status()).toBe(400);
    const problem = await bad.json();
    expect(problem).toMatchObject({ status: 400, title: t("problems.400"), type: expect.stringContaining("bad_request") });
    expect(problem.fields.map((f: { path: string }) => f.path)).toContain("withinDays");
    const ok = await page.request.get("/api/v1/psychologists?sort=experience");
    expect(ok.status()).toBe(200);
    const body = await ok.json();
    expect(body.items.length).toBeGreaterThan(0);
    const years = body.items.map((c: { experienceYears: number }) => c.experienceYears);
    expect(years).toEqual([...years].sort((a, b) => b - a));
  });

  test("refuses every role but employees", async ({ page, lang }) => {
    for (const role of ["psychologist", "hr", "tenant_admin", "platform_admin"] as const) {
      await page.context().clearCookies();
      await signInAs(page, role, lang);
      expect((await page.request.get("/api/v1/psychologists")).status(), role).toBe(403);
    }
  });
});
