/**
 * Every page each role can open, checked with axe-core against WCAG 2.1 A and AA, at desktop and
 * phone size: a structure a screen reader cannot follow (a list that is not one, a field without a
 * name, text without contrast) fails here before anyone has to meet it.
 */
import { NAV_BY_ROLE } from "@/components/layout/navigation";
import type { Role } from "@/lib/auth/roles";
import { axeViolations } from "./axe";
import { signInAs } from "./helpers";
import { expect, test } from "./locale";

for (const role of Object.keys(NAV_BY_ROLE) as Role[]) {
  test(`every page of the ${role} passes axe's WCAG 2.1 AA checks @phone`, async ({ page, lang }) => {
    await signInAs(page, role, lang);
    for (const item of NAV_BY_ROLE[role]) {
      await page.goto(item.href);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      expect(await axeViolations(page), item.href).toEqual([]);
    }
  });
}

test("the public pages pass axe's WCAG 2.1 AA checks, with a field error showing too @phone", async ({ page, t }) => {
  for (const path of ["/login", "/register", "/forgot-password", "/reset-password/not-a-link"]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    expect(await axeViolations(page), path).toEqual([]);
  }
  // A refused form: the error is announced with its field.
  await page.goto("/forgot-password");
  await page.getByLabel(t("forgotPassword.email")).fill("not an address");
  await page.getByLabel(t("forgotPassword.email")).evaluate((input: HTMLInputElement) => (input.type = "text")); // past the browser's own check
  await page.getByRole("button", { name: t("forgotPassword.submit") }).click();
  await expect(page.getByLabel(t("forgotPassword.email"))).toHaveAccessibleDescription(t("errors.passwordReset.emailInvalid"));
  expect(await axeViolations(page), "/forgot-password with an error").toEqual([]);
});
