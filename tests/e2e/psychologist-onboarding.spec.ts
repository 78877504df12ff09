import { expect, test } from "@playwright/test";
import { signIn, signInAs } from "./helpers";

test("the operator onboards a psychologist who fills in a profile, gets verified and published", async ({ page, browser }) => {
  // A long journey through two browsers, with four argon2 hashes on a machine shared by two workers.
  test.setTimeout(90_000);
  const email = `e2e-${Date.now()}@harbor.test`;
  await signInAs(page, "platform_admin");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Psychologists" }).click();
  await page.getByLabel("E-mail (sign-in)").fill(email);
  await page.getByLabel("Name shown to clients").fill("Dr Ellen Example");
  await page.getByRole("button", { name: "Create account" }).click();
  const password = (await page.getByTestId("temporary-password").textContent())!;
  expect(password.length).toBeGreaterThanOrEqual(12);

  // The psychologist, in their own browser.
  const psychologist = await (await browser.newContext()).newPage();
  await signIn(psychologist, email, password);
  // The one-time password works only to choose their own: every page leads here until then.
  await expect(psychologist).toHaveURL(/\/account\/password$/);
  await expect(psychologist.getByTestId("password-change-due")).toBeVisible();
  await psychologist.goto("/practice/profile");
  await expect(psychologist).toHaveURL(/\/account\/password$/);
  const newPassword = "my own quiet harbour 2026";
  await psychologist.getByLabel("Current password").fill("not the one I was given");
  await psychologist.getByLabel("New password", { exact: true }).fill(newPassword);
  await psychologist.getByLabel("New password again").fill(newPassword);
  await psychologist.getByRole("button", { name: "Change password" }).click();
  await expect(psychologist.getByText("Not your current password.")).toBeVisible();
  await psychologist.getByLabel("Current password").fill(password);
  await psychologist.getByLabel("New password", { exact: true }).fill(newPassword);
  await psychologist.getByLabel("New password again").fill(newPassword);
  await psychologist.screenshot({ path: `test-results/screenshots/${test.info().project.name}-change-password.png`, fullPage: true });
  await psychologist.getByRole("button", { name: "Change password" }).click();
  await expect(psychologist.getByTestId("password-changed")).toBeVisible();
  await signIn(psychologist, email, newPassword);
  await expect(psychologist).toHaveURL(/\/practice$/);
  await psychologist.getByRole("link", { name: "My profile" }).click();
  await expect(psychologist.getByTestId("profile-status")).toContainText("Not published yet");
  await psychologist.getByLabel("Short bio (catalogue card)").fill("Too short");
  await psychologist.getByRole("button", { name: "Save profile" }).click();
  await expect(psychologist.getByTestId("profile-form-status")).toContainText("Please correct the highlighted fields.");
  await expect(psychologist.getByText("Write at least a sentence")).toBeVisible();
  await expect(psychologist.getByText("Choose at least one topic.")).toBeVisible();

  await psychologist.getByLabel("Short bio (catalogue card)").fill("Helps people find their footing after big changes at work.");
  await psychologist.getByRole("checkbox", { name: "Psychology" }).check();
  await psychologist.getByRole("checkbox", { name: "Video call" }).check();
  await psychologist.getByRole("checkbox", { name: "English" }).check();
  await psychologist.getByRole("checkbox", { name: "Career and change" }).check();
  await psychologist.getByRole("button", { name: "Save profile" }).click();
  await expect(psychologist.getByTestId("profile-form-status")).toContainText("Profile saved.");

  await psychologist.getByLabel("Degree, licence or certificate").fill("MSc Work Psychology");
  await psychologist.getByLabel("Awarded by").fill("Aalto University");
  await psychologist.getByRole("button", { name: "Add for verification" }).click();
  await expect(psychologist.getByTestId("own-qualifications")).toContainText("Waiting for verification");

  // Back to the operator: publishing waits for a verified qualification.
  await page.goto("/admin/psychologists");
  await page.getByRole("link", { name: "Dr Ellen Example" }).click();
  await page.getByRole("button", { name: "Publish" }).click();
  await expect(page.getByTestId("publish-status")).toContainText("needs a verified qualification");
  await page.getByRole("button", { name: "Verify MSc Work Psychology" }).click();
  await expect(page.getByTestId("admin-qualifications")).toContainText("Verified");
  await page.getByRole("button", { name: "Publish" }).click();
  await expect(page.getByTestId("publish-status")).toContainText("Published");

  await psychologist.reload();
  await expect(psychologist.getByTestId("profile-status")).toContainText("Published");
  await expect(psychologist.getByTestId("own-qualifications")).toContainText("Verified");

  const employee = await (await browser.newContext()).newPage();
  await signInAs(employee, "employee");
  await employee.goto("/catalogue?topic=career");
  await expect(employee.getByTestId("psychologist-card").filter({ hasText: "Dr Ellen Example" })).toContainText("Verified");
});

test("the operator approves a waiting review and it leaves the queue", async ({ page }) => {
  await signInAs(page, "platform_admin");
  await page.goto("/admin/reviews");
  const queue = page.getByTestId("moderation-queue").getByRole("listitem");
  const first = queue.first();
  const comment = (await first.locator("p").nth(1).textContent())!;
  const before = await queue.count();
  await first.getByRole("button", { name: "Approve" }).click();
  await expect(queue).toHaveCount(before - 1);
  await page.getByRole("link", { name: "Approved" }).click();
  await expect(page.getByTestId("moderation-queue")).toContainText(comment);
});
