import { randomUUID } from "node:crypto";
import type { Page } from "@playwright/test";
import { register, REGISTERED_PASSWORD, signIn, signInAs } from "./helpers";
import { msg, type Lang } from "./i18n";
import { expect, shoot, test } from "./locale";

const csv = (lines: string[]) => ({ name: "registry.csv", mimeType: "text/csv", buffer: Buffer.from(lines.join("\n") + "\n") });

async function upload(page: Page, lang: Lang, lines: string[], mode: "append" | "replace" = "append") {
  await page.getByTestId("registry-file").setInputFiles(csv(lines));
  await page.getByLabel(msg(lang, mode === "append" ? "registry.upload.append" : "registry.upload.replace")).check();
  if (mode === "replace") page.once("dialog", (dialog) => dialog.accept());
  await page.getByRole("button", { name: msg(lang, "registry.upload.submit"), exact: true }).click();
  await expect(page.getByTestId("import-summary")).toBeVisible();
}

test("a tenant admin uploads a registry, sees the summary, and an employee registers with it @phone", async ({ page, newPage, lang, t }) => {
  const id = `E2E-${randomUUID().slice(0, 8)}`;
  await signInAs(page, "tenant_admin", lang);
  await upload(page, lang, ["Employee ID;Department", `${id}-1;Sales`, `${id}-2;Sales`, `${id}-1;duplicate`, ";empty"]);
  const counts = page.getByTestId("import-counts");
  await expect(counts.locator('[data-count="total"]')).toHaveText("4");
  await expect(counts.locator('[data-count="added"]')).toHaveText("2");
  await expect(counts.locator('[data-count="rejected"]')).toHaveText("1");
  await expect(page.getByTestId("import-history")).toContainText(t("registry.history.imported"));
  await shoot(page, "manage-after-import");

  const visitor = await newPage();
  await register(visitor, "acme", `${id.toLowerCase()}-2`, `${id.toLowerCase()}@private.example`, lang);
  await visitor.getByLabel(t("register.alias")).fill("Robin");
  await shoot(visitor, "register-filled");
  await visitor.getByRole("button", { name: t("register.submit") }).click();
  await expect(visitor).toHaveURL(/\/cabinet$/);
  await expect(visitor.getByRole("heading", { level: 1 })).toHaveText(t("cabinet.helloName", { name: "Robin" }));
  await expect(visitor.getByTestId("quota")).toHaveText(t("cabinet.quotaValue", { used: 0, total: 8 }));

  // A second registration with the same identifier is refused like any other failure.
  const second = await newPage();
  await register(second, "acme", `${id}-2`, `other-${id.toLowerCase()}@private.example`, lang);
  await second.getByRole("button", { name: t("register.submit") }).click();
  await expect(second.getByTestId("register-error")).toHaveText(t("errors.registration.cannotRegister"));
});

test("an identifier not in the registry is refused, and everything typed but the password stays @phone", async ({ page, lang, t }) => {
  const email = `stranger-${randomUUID().slice(0, 6)}@private.example`;
  await register(page, "acme", "NOT-IN-ANY-REGISTRY", email, lang);
  await page.getByLabel(t("register.alias")).fill("Sam");
  await page.getByRole("button", { name: t("register.submit") }).click();
  await expect(page.getByTestId("register-error")).toHaveText(t("errors.registration.cannotRegister"));
  await expect(page).toHaveURL(/\/t\/acme$/);
  await expect(page.getByLabel(t("register.identifier"))).toHaveValue("NOT-IN-ANY-REGISTRY");
  await expect(page.getByLabel(t("register.email"))).toHaveValue(email);
  await expect(page.getByLabel(t("register.alias"))).toHaveValue("Sam");
  await expect(page.getByLabel(t("register.password"), { exact: true })).toHaveValue("");
});

test("a replace import removes a registered employee's access, with a plain message", async ({ page, newPage, lang, t }) => {
  const slug = `e2e-${randomUUID().slice(0, 8)}`;
  await signInAs(page, "platform_admin", lang);
  await page.goto("/admin/tenants/new");
  await page.getByLabel(t("tenantForm.name")).fill("E2E Holdings");
  await page.getByLabel(t("tenantForm.slug")).fill(slug);
  await shoot(page, "new-tenant");
  await page.getByRole("button", { name: t("tenantForm.create") }).click();
  await expect(page.getByText(t("tenant.created", { slug }))).toBeVisible();
  await upload(page, lang, ["email", "stays@e2e.example", "leaves@e2e.example"]);

  const employee = await newPage();
  await register(employee, slug, "Leaves@E2E.example", `leaver-${slug}@private.example`, lang);
  await employee.getByRole("button", { name: t("register.submit") }).click();
  await expect(employee).toHaveURL(/\/cabinet$/);

  await upload(page, lang, ["email", "stays@e2e.example"], "replace");
  await expect(page.getByTestId("import-counts").locator('[data-count="removed"]')).toHaveText("1");

  // The open session ends at the next request, and signing in again explains why.
  await employee.reload();
  await expect(employee).toHaveURL(/\/login/);
  await expect(employee.getByText(t("signIn.not_covered"))).toBeVisible();
  await signIn(employee, `leaver-${slug}@private.example`, REGISTERED_PASSWORD, lang);
  await expect(employee.getByTestId("login-error")).toHaveText(t("signIn.not_covered"));
});

test("a broken file gets a clear error and changes nothing", async ({ page, lang, t }) => {
  await signInAs(page, "tenant_admin", lang);
  await page
    .getByTestId("registry-file")
    .setInputFiles({ name: "photo.csv", mimeType: "text/csv", buffer: Buffer.concat([Buffer.from("89504e47", "hex"), Buffer.alloc(3000, 0)]) });
  await page.getByRole("button", { name: t("registry.upload.submit"), exact: true }).click();
  await expect(page.getByTestId("import-error")).toHaveText(t("errors.registry.notSpreadsheet"));
});
