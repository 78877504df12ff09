import { expect, test } from "@playwright/test";
import { signInAs } from "./helpers";

test("an employee rates a past session; the rating waits for moderation", async ({ page }) => {
  await signInAs(page, "employee");
  const form = page.getByText("Rate this session").first();
  await form.click();
  await page.getByRole("button", { name: "Send rating" }).click();
  // The browser asks for a star first (required radio); nothing is sent without one.
  await expect(page.getByTestId("feedback-status")).toHaveCount(0);
  await page.locator("label", { has: page.getByRole("radio", { name: "4 out of 5" }) }).first().click();
  await page.getByLabel(/Comment/).first().fill("Practical and calm.");
  await page.getByRole("button", { name: "Send rating" }).click();
  await expect(page.getByTestId("feedback-status")).toContainText("Thank you");
  await page.reload();
  await expect(page.getByText("· Rated").first()).toBeVisible();
});
