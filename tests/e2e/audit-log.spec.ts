import { expect, test } from "@playwright/test";
import { DEMO_LOGINS, signIn, signInAs } from "./helpers";

test("the platform admin finds a refused sign-in in the audit log by account and action @phone", async ({ page, browser }) => {
  // A wrong password against the demo HR account, from another browser.
  const other = await browser.newPage();
  await signIn(other, DEMO_LOGINS.hr, "not the password");
  await expect(other.getByTestId("login-error")).toBeVisible();
  await other.close();

  await signInAs(page, "platform_admin");
  await page.goto("/admin/audit");
  const filters = page.getByTestId("audit-filters");
  await filters.getByLabel("Account").fill(DEMO_LOGINS.hr);
  await filters.getByLabel("Action").selectOption({ label: "Sign-in refused" });
  await filters.getByRole("button", { name: "Show" }).click();
  await expect(page).toHaveURL(/action=auth.sign_in_failed/);
  const rows = page.getByTestId("audit-events").locator("tbody tr");
  await expect(rows.first()).toContainText("Sign-in refused");
  await expect(rows.first()).toContainText("Reason: wrong e-mail or password");
  // Nothing typed is shown: not the address, not the password.
  await expect(page.getByTestId("audit-events")).not.toContainText("not the password");
  await expect(page.getByTestId("audit-events")).not.toContainText(DEMO_LOGINS.hr);

  // Dates the wrong way round are named, not silently ignored.
  await page.goto("/admin/audit?from=2026-03-01&to=2026-01-01");
  await expect(page.getByText("The end date is before the start date.")).toBeVisible();
  await expect(page.getByText("Correct the filters marked above, then press Show.")).toBeVisible();
});
