import { employeeWithHeldSession } from "./fixtures";
import { signIn } from "./helpers";
import { expect, test } from "./locale";

test("an employee rates a past session; the rating waits for moderation", async ({ page, lang, t }) => {
  // A new employee with a session held yesterday: the demo employee's sessions may be rated already.
  const employee = await employeeWithHeldSession();
  await signIn(page, employee.email, employee.password, lang);
  await expect(page).toHaveURL(/\/cabinet$/);
  await page.getByText(t("feedback.open")).click();
  await page.getByRole("button", { name: t("feedback.submit") }).click();
  // The browser asks for a star first (required radio); nothing is sent without one.
  await expect(page.getByTestId("feedback-status")).toHaveCount(0);
  await page.locator("label", { has: page.getByRole("radio", { name: t("feedback.stars", { n: 4 }) }) }).click();
  await page.getByLabel(t("feedback.comment")).fill("Practical and calm.");
  await page.getByRole("button", { name: t("feedback.submit") }).click();
  await expect(page.getByTestId("feedback-status")).toHaveText(t("outcomes.ratingThanks"));
  await page.reload();
  await expect(page.getByText(`· ${t("cabinet.rated")}`)).toBeVisible();
  await expect(page.getByText(t("feedback.open"))).toHaveCount(0);
});
