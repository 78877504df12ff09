import { expect, test } from "@playwright/test";
import { employeeWithHeldSession } from "./fixtures";
import { signIn } from "./helpers";

test("an employee rates a past session; the rating waits for moderation", async ({ page }) => {
  // A new employee with a session held yesterday: the demo employee's sessions may be rated already.
  const employee = await employeeWithHeldSession();
  await signIn(page, employee.email, employee.password);
  await expect(page).toHaveURL(/\/cabinet$/);
  await page.getByText("Rate this session").click();
  await page.getByRole("button", { name: "Send rating" }).click();
  // The browser asks for a star first (required radio); nothing is sent without one.
  await expect(page.getByTestId("feedback-status")).toHaveCount(0);
  await page.locator("label", { has: page.getByRole("radio", { name: "4 out of 5" }) }).click();
  await page.getByLabel(/Comment/).fill("Practical and calm.");
  await page.getByRole("button", { name: "Send rating" }).click();
  await expect(page.getByTestId("feedback-status")).toContainText("Thank you");
  await page.reload();
  await expect(page.getByText("· Rated")).toBeVisible();
  await expect(page.getByText("Rate this session")).toHaveCount(0);
});
