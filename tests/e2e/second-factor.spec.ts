import { currentTotpCode } from "@/lib/second-factor/totp";
import { psychologistWithAuthenticator } from "./fixtures";
import { expect, shoot, test } from "./locale";
import type { Page } from "@playwright/test";

/** The password step by hand (no trusted-device cookie: these journeys are about the code). */
async function passwordStep(page: Page, email: string, password: string, t: (key: string) => string) {
  await page.goto("/login");
  await page.getByLabel(t("login.email")).fill(email);
  await page.getByLabel(t("login.password")).fill(password);
  await page.getByRole("button", { name: t("login.submit") }).click();
  await expect(page.getByTestId("second-factor-step")).toBeVisible();
}

test("a psychologist signs in with a code from the app, and a wrong code is explained @phone", async ({ page, t }) => {
  const account = await psychologistWithAuthenticator();
  await passwordStep(page, account.email, account.password, t);
  await expect(page.getByText(t("login.codeIntro"))).toBeVisible();
  await shoot(page, "second-factor-step");
  // Not signed in yet: the password alone opens nothing.
  const stillOut = await page.request.get("/practice", { maxRedirects: 0 });
  expect(stillOut.status()).toBe(307);

  await page.getByLabel(t("login.code")).fill("123456" === currentTotpCode(account.totpSecret) ? "654321" : "123456");
  await page.getByRole("button", { name: t("login.verify") }).click();
  await expect(page.getByTestId("login-error")).toHaveText(t("signIn.invalid_second_factor"));
  await page.getByLabel(t("login.code")).fill(currentTotpCode(account.totpSecret));
  await page.getByRole("button", { name: t("login.verify") }).click();
  await expect(page).toHaveURL(/\/practice$/);
});

test("a recovery code signs in once; ticking 'this device' skips the code next time", async ({ page, newPage, t }) => {
  const account = await psychologistWithAuthenticator();
  const [first, second] = account.recoveryCodes;
  await passwordStep(page, account.email, account.password, t);
  // Typed as people type codes off paper: upper case, a space for the dash.
  await page.getByLabel(t("login.code")).fill(first!.toUpperCase().replace("-", " "));
  await page.getByLabel(t("login.trustDevice")).check();
  await page.getByRole("button", { name: t("login.verify") }).click();
  await expect(page).toHaveURL(/\/practice$/);
  await page.goto("/account/security");
  await expect(page.getByTestId("totp-on")).toHaveText(t("security.totp.on", { count: 9 }));

  // Another browser: the used recovery code is spent, the next one works.
  const other = await newPage();
  await passwordStep(other, account.email, account.password, t);
  await other.getByLabel(t("login.code")).fill(first!);
  await other.getByRole("button", { name: t("login.verify") }).click();
  await expect(other.getByTestId("login-error")).toHaveText(t("signIn.invalid_second_factor"));
  await other.getByLabel(t("login.code")).fill(second!);
  await other.getByRole("button", { name: t("login.verify") }).click();
  await expect(other).toHaveURL(/\/practice$/);

  // The first browser was trusted: after signing out, the password is enough there.
  await page.context().clearCookies({ name: "next-auth.session-token" });
  await page.goto("/login");
  await page.getByLabel(t("login.email")).fill(account.email);
  await page.getByLabel(t("login.password")).fill(account.password);
  await page.getByRole("button", { name: t("login.submit") }).click();
  await expect(page).toHaveURL(/\/practice$/);
});
