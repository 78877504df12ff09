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
