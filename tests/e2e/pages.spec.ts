/**
 * Every page each role can open, in the language of the project: the document speaks it, the page
 * names itself in it, and nothing is wider than the screen (Russian runs longer than English).
 * Screenshots of each land in test-results/screenshots, per language and size, to be looked at.
 */
import type { Page } from "@playwright/test";
import { NAV_BY_ROLE } from "@/components/layout/navigation";
import type { Role } from "@/lib/auth/roles";
import { DEMO_PASSWORD, signIn, signInAs } from "./helpers";
import { msg } from "./i18n";
import { expect, shoot, test } from "./locale";

const TITLE_KEY: Record<string, string> = {
  "/cabinet": "cabinet.metaTitle",
  "/catalogue": "catalogue.title",
  "/cabinet/messages": "conversations.title",
  "/practice/clients": "clients.title",
  "/practice": "practice.metaTitle",
  "/practice/calendar": "practice.week.metaTitle",
  "/practice/availability": "availability.title",
  "/practice/profile": "ownProfile.title",
  "/hr": "reports.metaTitle",
  "/manage": "manage.metaTitle",
  "/admin": "admin.title",
  "/admin/psychologists": "psychologists.title",
  "/admin/reviews": "moderation.title",
  "/admin/outbox": "outbox.title",
  "/admin/keys": "keys.title",
  "/admin/audit": "audit.title",
  "/admin/reports": "reports.platform.metaTitle",
  "/admin/risk": "risk.queueTitle",
  "/admin/crisis-lines": "crisisLines.title",
  "/materials": "materials.title",
};

async function expectNothingWiderThanTheScreen(page: Page) {
  const { scrollWidth, innerWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth }));
  expect(scrollWidth).toBeLessThanOrEqual(innerWidth);
}

for (const role of Object.keys(NAV_BY_ROLE) as Role[]) {
  test(`every page of the ${role} speaks the chosen language and fits the screen @phone`, async ({ page, lang, t }) => {
    await signInAs(page, role, lang);
    for (const item of NAV_BY_ROLE[role]) {
      await page.goto(item.href);
      await expect(page.locator("html")).toHaveAttribute("lang", lang);
      await expect(page).toHaveTitle(`${t(TITLE_KEY[item.href]!)} · Harbor`);
      await expect(page.getByRole("navigation", { name: t("shell.main") }).getByRole("link", { name: t(`nav.${item.label}`) })).toBeVisible();
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      await expectNothingWiderThanTheScreen(page);
      await shoot(page, `${role}${item.href.replace(/\//g, "-")}`);
    }
  });
}

test("a Russian-speaking employer's people get Harbor in Russian without choosing it @phone", async ({ browser, baseURL }) => {
  // No language cookie and an English browser: the employer's page and, once signed in, the employer's language decide.
  const context = await browser.newContext({ locale: "en-GB", baseURL });
  const page = await context.newPage();
  await page.goto("/t/volga");
  await expect(page.locator("html")).toHaveAttribute("lang", "ru");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(msg("ru", "tenantLanding.title"));
  await signIn(page, "employee@volga.test", DEMO_PASSWORD, "en");
  await expect(page).toHaveURL(/\/cabinet$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "ru");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(msg("ru", "cabinet.helloName", { name: "Саша" }));
  await shoot(page, "volga-cabinet");
  await context.close();
});
