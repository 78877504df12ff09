/**
 * "I need help now": one tap from sign-in, the landing pages and every employee page (the room
 * included), before or after signing in, in both languages — and the numbers are the person's
 * country's: 999 and Samaritans for a UK employee, 112 and Moscow's 051 service for a Russian one.
 */
import type { Page } from "@playwright/test";
import { axeViolations } from "./axe";
import { consultation } from "./fixtures";
import { signIn, signInAs } from "./helpers";
import { expect, shoot, test } from "./locale";

async function tapUrgentHelp(page: Page, from: string) {
  await page.goto(from);
  await page.getByTestId("urgent-help-link").click();
  await expect(page, `one tap from ${from}`).toHaveURL(/\/help(\?|$)/);
}

async function expectCountry(page: Page, emergency: string, line: string) {
  await expect(page.getByTestId("urgent-help")).toBeVisible();
  await expect(page.getByTestId("emergency-number").getByRole("link").first()).toHaveAttribute("href", `tel:${emergency}`);
  await expect(page.getByTestId("crisis-lines").getByRole("link", { name: new RegExp(line.replace(/[+]/g, "\\+")) })).toHaveAttribute(
    "href",
    `tel:${line.replace(/[^\d+]/g, "")}`,
  );
}

test("before signing in, urgent help is one tap from sign-in, registration and the landing pages @phone", async ({ page, t, lang }) => {
  for (const from of ["/login", "/register", "/", "/forgot-password"]) {
    await tapUrgentHelp(page, from);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(t("urgentHelp.title"));
  }
  // A visitor nobody knows gets the country of the page's language, and can pick another.
  if (lang === "ru") await expectCountry(page, "112", "+7 495 051");
  else await expectCountry(page, "999", "116 123");
  await shoot(page, "urgent-help-signed-out");
  expect(await axeViolations(page)).toEqual([]);

  await page.getByLabel(t("urgentHelp.otherCountry")).selectOption(lang === "ru" ? "GB" : "RU");
  await page.getByRole("button", { name: t("urgentHelp.show") }).click();
  if (lang === "ru") await expectCountry(page, "999", "116 123");
  else await expectCountry(page, "112", "+7 495 051");

  // From an employer's landing page: its country and its own support line, still without signing in.
  await tapUrgentHelp(page, "/t/acme");
  await expectCountry(page, "999", "116 123");
  await expect(page.getByTestId("employer-hotline")).toContainText("Acme People Support");
  await expect(page.getByTestId("employer-hotline").getByRole("link")).toHaveAttribute("href", "tel:02079460321");
});

for (const [slug, country, emergency, line] of [
  ["acme", "UK", "999", "116 123"],
  ["volga", "Russian", "112", "+7 495 051"],
] as const) {
  test(`a ${country} employee reaches urgent help in one tap from every page, the room included, with their country's numbers @phone`, async ({
    page,
    lang,
  }) => {
    test.setTimeout(120_000);
    const c = await consultation("chat", slug);
    await signIn(page, c.employee.email, c.employee.password, lang);
    await expect(page).not.toHaveURL(/\/login/);
    for (const from of ["/cabinet", "/catalogue", "/cabinet/messages", `/cabinet/sessions/${c.appointmentId}`]) {
      await tapUrgentHelp(page, from);
      await expectCountry(page, emergency, line);
    }
    if (slug === "acme") await expect(page.getByTestId("employer-hotline")).toContainText("Acme People Support");
    else await expect(page.getByTestId("employer-hotline")).toHaveCount(0);
    // Signed in, the page also offers the earliest free session today (or says where to look).
    await expect(page.getByTestId("earliest-today").or(page.getByTestId("earliest-today-none"))).toBeVisible();
    await shoot(page, `urgent-help-${slug}`);
    expect(await axeViolations(page)).toEqual([]);
  });
}

test("the platform admin keeps the crisis lines: unchecked ones are flagged, a bad number is refused, a new line shows at once", async ({
  page,
  newPage,
  t,
  lang,
}) => {
  await signInAs(page, "platform_admin", lang);
  await page.getByRole("link", { name: t("nav.crisisLines") }).click();
  // The demo's lines were not checked on this offline machine: all are due for a check.
  await expect(page.getByTestId("crisis-lines-stale")).toBeVisible();
  await expect(page.locator('[data-testid="crisis-line"][data-stale="true"]').first()).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);

  const name = `Test line ${Date.now().toString(36)}`;
  // A number of its own: the same journey in another project adds its line to the same country.
  const phone = `+354 ${Math.floor(1_000_000 + Math.random() * 8_999_999)}`;
  const form = page.getByTestId("crisis-line-new");
  await form.getByLabel(t("crisisLines.country")).selectOption("IS");
  await form.getByLabel(t("crisisLines.name")).fill(name);
  await form.getByLabel(t("crisisLines.phone")).fill("call us");
  await form.getByLabel(t("crisisLines.sourceUrl")).fill("https://example.org/iceland-line");
  await form.getByRole("button", { name: t("crisisLines.add") }).click();
  await expect(form.getByText(t("errors.urgentHelp.phone"))).toBeVisible();
  // Refused, nothing typed is lost: only the number needs correcting.
  await expect(form.getByLabel(t("crisisLines.name"))).toHaveValue(name);
  await expect(form.getByLabel(t("crisisLines.country"))).toHaveValue("IS");
  await form.getByLabel(t("crisisLines.phone")).fill(phone);
  await form.getByRole("button", { name: t("crisisLines.add") }).click();
  await expect(page.getByTestId("crisis-line").filter({ hasText: name })).toHaveAttribute("data-stale", "false");
  await shoot(page, "crisis-lines");

  const visitor = await newPage();
  await visitor.goto("/help?country=IS");
  await expectCountry(visitor, "112", phone);
});
