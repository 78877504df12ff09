import { currentTotpCode } from "@/lib/second-factor/totp";
import { signIn, signInAs } from "./helpers";
import { expect, shoot, test } from "./locale";

test("the operator onboards a psychologist who fills in a profile, gets verified and published", async ({ page, newPage, lang, t }) => {
  // A long journey through two browsers, with four argon2 hashes on a machine shared by two workers.
  test.setTimeout(90_000);
  const email = `e2e-${Date.now()}@harbor.test`;
  // Unique, so the same journey in another language or project never picks this one's profile.
  const name = `Dr Ellen ${Date.now().toString(36)}`;
  await signInAs(page, "platform_admin", lang);
  await page
    .getByRole("navigation", { name: t("shell.main") })
    .getByRole("link", { name: t("nav.psychologists") })
    .click();
  await page.getByLabel(t("psychologists.new.email")).fill(email);
  await page.getByLabel(t("psychologists.new.displayName")).fill(name);
  await page.getByRole("button", { name: t("psychologists.new.submit") }).click();
  const password = (await page.getByTestId("temporary-password").textContent())!;
  expect(password.length).toBeGreaterThanOrEqual(12);

  // The psychologist, in their own browser.
  const psychologist = await newPage();
  await signIn(psychologist, email, password, lang);
  // The one-time password works only to choose their own: every page leads here until then.
  await expect(psychologist).toHaveURL(/\/account\/password$/);
  await expect(psychologist.getByTestId("password-change-due")).toBeVisible();
  await psychologist.goto("/practice/profile");
  await expect(psychologist).toHaveURL(/\/account\/password$/);
  const newPassword = "my own quiet harbour 2026";
  await psychologist.getByLabel(t("password.current")).fill("not the one I was given");
  await psychologist.getByLabel(t("password.new"), { exact: true }).fill(newPassword);
  await psychologist.getByLabel(t("password.confirm")).fill(newPassword);
  await psychologist.getByRole("button", { name: t("password.submit") }).click();
  await expect(psychologist.getByText(t("errors.password.notCurrent"))).toBeVisible();
  // The error belongs to its field, for a screen reader too: the field is invalid and described by it.
  const current = psychologist.getByLabel(t("password.current"));
  await expect(current).toHaveAttribute("aria-invalid", "true");
  await expect(current).toHaveAccessibleDescription(t("errors.password.notCurrent"));
  await psychologist.getByLabel(t("password.current")).fill(password);
  await psychologist.getByLabel(t("password.new"), { exact: true }).fill(newPassword);
  await psychologist.getByLabel(t("password.confirm")).fill(newPassword);
  await shoot(psychologist, "change-password");
  await psychologist.getByRole("button", { name: t("password.submit") }).click();
  await expect(psychologist.getByTestId("password-changed")).toBeVisible();
  await signIn(psychologist, email, newPassword, lang);
  // Psychologists reach people's data: before any page with it, they set up an authenticator app.
  await expect(psychologist).toHaveURL(/\/account\/security$/);
  await expect(psychologist.getByTestId("second-factor-due")).toBeVisible();
  await psychologist.goto("/practice/clients");
  await expect(psychologist).toHaveURL(/\/account\/security$/);
  await shoot(psychologist, "second-factor-setup");
  const key = (await psychologist.getByTestId("totp-secret").textContent())!.replace(/\s/g, "");
  await psychologist.getByLabel(t("security.totp.code")).fill("000000");
  await psychologist.getByRole("button", { name: t("security.totp.confirm") }).click();
  await expect(psychologist.getByText(t("errors.secondFactor.codeWrong")).first()).toBeVisible();
  await psychologist.getByLabel(t("security.totp.code")).fill(currentTotpCode(key));
  await psychologist.getByRole("button", { name: t("security.totp.confirm") }).click();
  await expect(psychologist.getByTestId("recovery-codes").getByRole("listitem")).toHaveCount(10);
  await shoot(psychologist, "recovery-codes");
  await psychologist.getByRole("link", { name: t("security.totp.savedThem") }).click();
  await expect(psychologist).toHaveURL(/\/practice$/);
  await psychologist.getByRole("link", { name: t("nav.profile") }).click();
  await expect(psychologist.getByTestId("profile-status")).toContainText(t("vocabulary.profileStatus.draft"));
  await psychologist.getByLabel(t("ownProfile.form.shortBio")).fill("Too short");
  // The zone list is filled once the page is idle or the control is reached (components/ui/time-zone-select).
  const zone = psychologist.getByLabel(t("ownProfile.form.timeZone"));
  const savedZone = await zone.inputValue();
  await zone.selectOption("Asia/Tokyo");
  await psychologist.getByRole("button", { name: t("ownProfile.form.save") }).click();
  await expect(psychologist.getByTestId("profile-form-status")).toHaveText(t("errors.correctFields"));
  await expect(psychologist.getByText(t("errors.profileForm.shortBioShort"))).toBeVisible();
  await expect(psychologist.getByText(t("errors.profileForm.chooseAtLeastOne")).first()).toBeVisible();
  // A refused save keeps what was typed and chosen.
  await expect(psychologist.getByLabel(t("ownProfile.form.shortBio"))).toHaveValue("Too short");
  await expect(zone).toHaveValue("Asia/Tokyo");
  await zone.selectOption(savedZone);
  await shoot(psychologist, "profile-errors");

  await psychologist.getByLabel(t("ownProfile.form.shortBio")).fill("Helps people find their footing after big changes at work.");
  await psychologist.getByRole("checkbox", { name: t("vocabulary.direction.psychology") }).check();
  await psychologist.getByRole("checkbox", { name: t("vocabulary.format.video") }).check();
  await psychologist.getByRole("checkbox", { name: t("vocabulary.language.en") }).check();
  await psychologist.getByRole("checkbox", { name: t("vocabulary.topic.career") }).check();
  await psychologist.getByLabel(t("ownProfile.form.bioLanguage")).selectOption("en");
  await psychologist.getByRole("button", { name: t("ownProfile.form.save") }).click();
  await expect(psychologist.getByTestId("profile-form-status")).toHaveText(t("outcomes.profileSaved"));

  await psychologist.getByLabel(t("ownProfile.qualificationForm.title")).fill("MSc Work Psychology");
  await psychologist.getByLabel(t("ownProfile.qualificationForm.institution")).fill("Aalto University");
  await psychologist.getByRole("button", { name: t("ownProfile.qualificationForm.submit") }).click();
  await expect(psychologist.getByTestId("own-qualifications")).toContainText(t("vocabulary.verification.pending"));

  // Back to the operator: publishing waits for a verified qualification.
  await page.goto("/admin/psychologists");
  await page.getByRole("link", { name }).click();
  await page.getByRole("button", { name: t("psychologists.publish") }).click();
  await expect(page.getByTestId("publish-status")).toContainText(t("errors.psychologists.missingQualification"));
  await page.getByRole("button", { name: t("psychologists.verifyNamed", { title: "MSc Work Psychology" }) }).click();
  await expect(page.getByTestId("admin-qualifications")).toContainText(t("vocabulary.verification.verified"));
  await page.getByRole("button", { name: t("psychologists.publish") }).click();
  await expect(page.getByTestId("publish-status")).toHaveText(t("outcomes.profilePublished"));
  await shoot(page, "admin-psychologist");

  await psychologist.reload();
  await expect(psychologist.getByTestId("profile-status")).toContainText(t("vocabulary.profileStatus.published"));
  await expect(psychologist.getByTestId("own-qualifications")).toContainText(t("vocabulary.verification.verified"));

  const employee = await newPage();
  await signInAs(employee, "employee", lang);
  await employee.goto("/catalogue?topic=career");
  await expect(employee.getByTestId("psychologist-card").filter({ hasText: name })).toContainText(t("catalogue.rating.verified"));
});

test("the operator approves a waiting review and it leaves the queue", async ({ page, lang, t }) => {
  await signInAs(page, "platform_admin", lang);
  await page.goto("/admin/reviews");
  const queue = page.getByTestId("moderation-queue").getByRole("listitem");
  const first = queue.first();
  const comment = (await first.locator("p").nth(1).textContent())!;
  const before = await queue.count();
  await first.getByRole("button", { name: t("moderation.approve") }).click();
  await expect(queue).toHaveCount(before - 1);
  await page.getByRole("link", { name: t("moderation.tabs.approved") }).click();
  await expect(page.getByTestId("moderation-queue")).toContainText(comment);
});
