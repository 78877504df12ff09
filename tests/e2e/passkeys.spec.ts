import type { CDPSession, Page } from "@playwright/test";
import { psychologistWithoutSecondFactor } from "./fixtures";
import { expect, shoot, test } from "./locale";

/**
 * Passkeys through Chromium's virtual authenticator (CDP WebAuthn domain): a platform authenticator
 * that holds discoverable credentials and verifies its user, as a laptop's fingerprint reader does.
 * WebAuthn refuses a bare IP address, so these journeys use the server's `localhost` name
 * (PASSKEY_ORIGIN in tests/e2e/serve.ts).
 */
async function virtualAuthenticator(page: Page): Promise<{ cdp: CDPSession; authenticatorId: string }> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("WebAuthn.enable");
  const { authenticatorId } = await cdp.send("WebAuthn.addVirtualAuthenticator", {
    options: {
      protocol: "ctap2",
      transport: "internal",
      hasResidentKey: true,
      hasUserVerification: true,
      isUserVerified: true,
      automaticPresenceSimulation: true,
    },
  });
  return { cdp, authenticatorId };
}

const onLocalhost = (baseURL: string | undefined, path: string) => new URL(path, baseURL!.replace("127.0.0.1", "localhost")).toString();

test("a psychologist adds a passkey as their second factor, then signs in with it alone", async ({ page, baseURL, t }) => {
  const { cdp, authenticatorId } = await virtualAuthenticator(page);
  const account = await psychologistWithoutSecondFactor();
  await page.goto(onLocalhost(baseURL, "/login"));
  await page.getByLabel(t("login.email")).fill(account.email);
  await page.getByLabel(t("login.password")).fill(account.password);
  await page.getByRole("button", { name: t("login.submit") }).click();
  // No second factor yet: the security page before anything else.
  await expect(page).toHaveURL(/\/account\/security$/);
  await expect(page.getByTestId("second-factor-due")).toBeVisible();

  await page.getByLabel(t("security.passkeys.name")).fill("Work laptop");
  await page.getByRole("button", { name: t("security.passkeys.add") }).click();
  await expect(page.getByTestId("passkey-added")).toHaveText(t("security.passkeys.added"));
  await expect(page.getByTestId("passkey-list")).toContainText("Work laptop");
  // The passkey counts as the second factor: the notice is gone, the practice opens.
  await expect(page.getByTestId("second-factor-due")).toBeHidden();
  await shoot(page, "passkey-added");
  const { credentials } = await cdp.send("WebAuthn.getCredentials", { authenticatorId });
  expect(credentials).toHaveLength(1);
  expect(credentials[0]!.isResidentCredential).toBe(true);

  // Signed out, the passkey alone signs in: no e-mail, password or code.
  await page.context().clearCookies();
  await page.goto(onLocalhost(baseURL, "/login"));
  await page.getByRole("button", { name: t("login.passkey") }).click();
  await expect(page).toHaveURL(/\/practice$/);
  await page.goto(onLocalhost(baseURL, "/account/security"));
  await expect(page.getByTestId("passkey-list")).toContainText(t("security.passkeys.usedOn", { date: "DATE" }).split("DATE")[0]!.trim());

  // Removed from the account, the same passkey is refused with a way forward.
  await page.getByRole("button", { name: t("security.passkeys.removeNamed", { name: "Work laptop" }) }).click();
  await expect(page.getByTestId("passkey-list")).toHaveCount(0);
  await page.context().clearCookies();
  await page.goto(onLocalhost(baseURL, "/login"));
  await page.getByRole("button", { name: t("login.passkey") }).click();
  await expect(page.getByTestId("passkey-error")).toHaveText(t("signIn.passkey_not_recognised"));
});
