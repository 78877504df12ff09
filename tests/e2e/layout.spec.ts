/**
 * Layouts people meet on a phone and on a desktop: nothing wider than the screen, no menu item
 * out of reach, no clipped control. Screenshots land in test-results/screenshots to be looked at.
 */
import type { Page } from "@playwright/test";
import { NAV_BY_ROLE } from "@/components/layout/navigation";
import type { Role } from "@/lib/auth/roles";
import { signInAs } from "./helpers";
import { msg, type Lang } from "./i18n";
import { expect, shoot as shot, test } from "./locale";

async function expectNoSidewaysScroll(page: Page) {
  const { scrollWidth, innerWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth }));
  expect(scrollWidth).toBeLessThanOrEqual(innerWidth);
}

async function expectWholeMenu(page: Page, role: Role, lang: Lang) {
  const width = page.viewportSize()!.width;
  const menu = page.getByRole("navigation", { name: msg(lang, "shell.main") });
  for (const item of NAV_BY_ROLE[role]) {
    const box = await menu.getByRole("link", { name: msg(lang, `nav.${item.label}`), exact: true }).boundingBox();
    expect(box, item.label).not.toBeNull();
    expect(box!.x, item.label).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width, item.label).toBeLessThanOrEqual(width);
  }
}

test.describe("on a phone @phone", () => {
  test.skip(({ isMobile }) => !isMobile, "phone layout");

  test("the psychologist's week is a list of days, with nothing clipped", async ({ page, lang }) => {
    await signInAs(page, "psychologist", lang);
    await page.goto("/practice/calendar");
    await expect(page.getByTestId("day-agenda")).toBeVisible();
    await expect(page.getByTestId("week-calendar")).toBeHidden();
    await expect(
      page
        .getByTestId("day-agenda")
        .getByRole("listitem")
        .filter({ has: page.getByRole("heading") }),
    ).toHaveCount(7);
    await expectNoSidewaysScroll(page);
    await expectWholeMenu(page, "psychologist", lang);
    await shot(page, "practice-week");
  });

  test("the platform admin's tables and menu fit the screen", async ({ page, lang, t }) => {
    await signInAs(page, "platform_admin", lang);
    for (const path of ["/admin", "/admin/psychologists", "/admin/reviews", "/admin/outbox"]) {
      await page.goto(path);
      await expectNoSidewaysScroll(page);
      await expectWholeMenu(page, "platform_admin", lang);
      await shot(page, `admin${path.replace(/\//g, "-")}`);
    }
    const firstTenant = page.getByTestId("tenants");
    await page.goto("/admin");
    // Each row reads as a card: a cell says which column it is.
    await expect(firstTenant.locator(`td[data-label="${t("admin.slug")}"]`).first()).toBeVisible();
  });
});

test.describe("on a desktop", () => {
  test.skip(({ isMobile }) => isMobile, "desktop layout");

  test("time fields show their whole value", async ({ page, lang }) => {
    await signInAs(page, "psychologist", lang);
    await page.goto("/practice/availability");
    const inputs = await page.locator('input[type="time"]').all();
    // A page without time fields would pass the loop below without checking anything.
    expect(inputs.length).toBeGreaterThan(0);
    for (const input of inputs) {
      const { scrollWidth, clientWidth } = await input.evaluate((el) => ({ scrollWidth: el.scrollWidth, clientWidth: el.clientWidth }));
      expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
      expect((await input.boundingBox())!.width).toBeGreaterThanOrEqual(140);
    }
    await shot(page, "practice-availability");
  });
});
