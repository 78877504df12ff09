/** Harbor in Russian and in English: chosen by the browser, by the person, and remembered. */
import { expect, test } from "@playwright/test";
import { msg } from "./i18n";
import { signIn } from "./helpers";

test.describe("a Russian browser @phone", () => {
  test.use({ locale: "ru-RU" });

  test("sees the public pages in Russian, and can switch to English for good", async ({ page }) => {
    await page.goto("/");
    await expect(page.locator("html")).toHaveAttribute("lang", "ru");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(msg("ru", "landing.title"));
    await page.getByRole("link", { name: msg("ru", "common.signIn") }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(msg("ru", "login.title"));
    await expect(page.getByLabel(msg("ru", "login.email"))).toBeVisible();
    await page.screenshot({ path: `test-results/screenshots/${test.info().project.name}-login-ru.png`, fullPage: true });

    // A wrong password is refused in Russian too.
    await signIn(page, "nobody@example.test", "wrong password", "ru");
    await expect(page.getByTestId("login-error")).toHaveText(msg("ru", "signIn.invalid_credentials"));

    await page.getByRole("button", { name: msg("ru", "common.switchTo", { name: "English" }) }).click();
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(msg("en", "login.title"));
    await page.goto("/register");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(msg("en", "register.title"));
  });

  test("registers in Russian; a refusal keeps what was typed", async ({ page }) => {
    await page.goto("/register");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(msg("ru", "register.title"));
    await page.getByLabel(msg("ru", "register.organisationCode")).fill("acme");
    await page.getByLabel(msg("ru", "register.identifier")).fill("NOT-IN-ANY-REGISTRY");
    await page.getByLabel(msg("ru", "register.email")).fill(`ru-${Date.now()}@private.example`);
    await page.getByLabel(msg("ru", "register.password"), { exact: true }).fill("мой пароль 12345");
    await page.getByRole("button", { name: msg("ru", "register.submit") }).click();
    await expect(page.getByTestId("register-error")).toHaveText(msg("ru", "errors.registration.cannotRegister"));
    await expect(page.getByLabel(msg("ru", "register.identifier"))).toHaveValue("NOT-IN-ANY-REGISTRY");
    await page.screenshot({ path: `test-results/screenshots/${test.info().project.name}-register-ru.png`, fullPage: true });
  });
});

test("the API answers problems in the language the caller asks for", async ({ request }) => {
  const russian = await request.get("/api/v1/psychologists", { headers: { "accept-language": "ru" } });
  expect(russian.status()).toBe(401);
  expect((await russian.json()).title).toBe(msg("ru", "problems.401"));
  const english = await request.get("/api/v1/psychologists", { headers: { "accept-language": "en-GB" } });
  expect((await english.json()).title).toBe(msg("en", "problems.401"));
});
