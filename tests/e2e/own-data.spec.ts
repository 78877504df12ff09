import fs from "node:fs";
import { employeeWithHeldSession } from "./fixtures";
import { signIn } from "./helpers";
import { expect, test } from "./locale";

test("an employee downloads everything Harbor holds about them from the security page @phone", async ({ page, request, lang, t }) => {
  const employee = await employeeWithHeldSession();
  await signIn(page, employee.email, employee.password, lang);
  await page.getByRole("link", { name: t("shell.security"), exact: true }).click();
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: t("security.ownData.download") }).click()]);
  expect(download.suggestedFilename()).toMatch(/^harbor-my-data-\d{4}-\d{2}-\d{2}\.json$/);
  const data = JSON.parse(fs.readFileSync((await download.path())!, "utf8"));
  expect(data).toMatchObject({ format: "harbor-own-data/1", account: { email: employee.email } });
  expect(data.sessions).toHaveLength(1);
  // Without the session, there is nothing to download.
  expect((await request.get("/api/account/export")).status()).toBe(401);
});

test("an employee deletes their account after reading what goes and what stays @phone", async ({ page, lang, t }) => {
  const employee = await employeeWithHeldSession();
  await signIn(page, employee.email, employee.password, lang);
  await expect(page).toHaveURL(/\/cabinet/);
  await page.goto("/account/security");
  const form = page.getByTestId("delete-account");
  await expect(form).toContainText(t("security.delete.kept"));
  // Without the tick nothing happens, and the form says why.
  await form.getByLabel(t("security.delete.password")).fill(employee.password);
  await form.getByRole("button", { name: t("security.delete.submit") }).click();
  await expect(form.getByText(t("errors.deleteAccount.understood"))).toBeVisible();
  await form.getByLabel(t("security.delete.password")).fill(employee.password);
  await form.getByLabel(t("security.delete.understood")).check();
  await form.getByRole("button", { name: t("security.delete.submit") }).click();
  await expect(page.getByTestId("account-deleted")).toHaveText(t("login.accountDeleted"));
  // The address and password sign nobody in any more; the old pages ask to sign in.
  await signIn(page, employee.email, employee.password, lang);
  await expect(page).toHaveURL(/\/login/);
  await page.goto("/cabinet");
  await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fcabinet/);
});
