import { randomUUID } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { register, signIn, signInAs } from "./helpers";

const csv = (lines: string[]) => ({ name: "registry.csv", mimeType: "text/csv", buffer: Buffer.from(lines.join("\n") + "\n") });

async function upload(page: Page, lines: string[], mode: "append" | "replace" = "append") {
  await page.getByTestId("registry-file").setInputFiles(csv(lines));
  await page.getByLabel(mode === "append" ? "Add to the registry" : "Replace the registry").check();
  if (mode === "replace") page.once("dialog", (dialog) => dialog.accept());
  await page.getByRole("button", { name: "Upload" }).click();
  await expect(page.getByTestId("import-summary")).toBeVisible();
}

test("a tenant admin uploads a registry, sees the summary, and an employee registers with it @phone", async ({ page, browser }) => {
  const id = `E2E-${randomUUID().slice(0, 8)}`;
  await signInAs(page, "tenant_admin");
  await upload(page, ["Employee ID;Department", `${id}-1;Sales`, `${id}-2;Sales`, `${id}-1;duplicate`, ";empty"]);
  const counts = page.getByTestId("import-counts");
  await expect(counts.locator('[data-count="Rows read"]')).toHaveText("4");
  await expect(counts.locator('[data-count="Added"]')).toHaveText("2");
  await expect(counts.locator('[data-count="Rejected"]')).toHaveText("1");
  await expect(page.getByTestId("import-history")).toContainText("Imported");

  const visitor = await browser.newPage({ viewport: page.viewportSize() ?? undefined });
  await register(visitor, "acme", `${id.toLowerCase()}-2`, `${id.toLowerCase()}@private.example`);
  await visitor.getByLabel("What should your specialist call you? (optional)").fill("Robin");
  await visitor.getByRole("button", { name: "Register" }).click();
  await expect(visitor).toHaveURL(/\/cabinet$/);
  await expect(visitor.getByRole("heading", { level: 1 })).toHaveText("Hello, Robin");
  await expect(visitor.getByTestId("quota")).toHaveText("0 of 8 used");

  // A second registration with the same identifier is refused like any other failure.
  const second = await browser.newPage();
  await register(second, "acme", `${id}-2`, `other-${id.toLowerCase()}@private.example`);
  await second.getByRole("button", { name: "Register" }).click();
  await expect(second.getByTestId("register-error")).toContainText("We could not register you with these details");
});

test("an identifier not in the registry is refused, and everything typed but the password stays @phone", async ({ page }) => {
  const email = `stranger-${randomUUID().slice(0, 6)}@private.example`;
  await register(page, "acme", "NOT-IN-ANY-REGISTRY", email);
  await page.getByLabel(/What should your specialist call you/).fill("Sam");
  await page.getByRole("button", { name: "Register" }).click();
  await expect(page.getByTestId("register-error")).toContainText("We could not register you with these details");
  await expect(page).toHaveURL(/\/t\/acme$/);
  await expect(page.getByLabel("Personnel number or work e-mail")).toHaveValue("NOT-IN-ANY-REGISTRY");
  await expect(page.getByLabel("E-mail to sign in with")).toHaveValue(email);
  await expect(page.getByLabel(/What should your specialist call you/)).toHaveValue("Sam");
  await expect(page.getByLabel("Password")).toHaveValue("");
});

test("a replace import removes a registered employee's access, with a plain message", async ({ page, browser }) => {
  const slug = `e2e-${randomUUID().slice(0, 8)}`;
  await signInAs(page, "platform_admin");
  await page.goto("/admin/tenants/new");
  await page.getByLabel("Organisation name").fill("E2E Holdings");
  await page.getByLabel("Code (used in the link /t/code)").fill(slug);
  await page.getByRole("button", { name: "Create tenant" }).click();
  await expect(page.getByText("Tenant created.")).toBeVisible();
  await upload(page, ["email", "stays@e2e.example", "leaves@e2e.example"]);

  const employee = await browser.newPage();
  await register(employee, slug, "Leaves@E2E.example", `leaver-${slug}@private.example`);
  await employee.getByRole("button", { name: "Register" }).click();
  await expect(employee).toHaveURL(/\/cabinet$/);

  await upload(page, ["email", "stays@e2e.example"], "replace");
  await expect(page.getByTestId("import-counts").locator('[data-count="Removed"]')).toHaveText("1");

  // The open session ends at the next request, and signing in again explains why.
  await employee.reload();
  await expect(employee).toHaveURL(/\/login/);
  await expect(employee.getByText("programme no longer covers you")).toBeVisible();
  await signIn(employee, `leaver-${slug}@private.example`, "my own password 123");
  await expect(employee.getByTestId("login-error")).toContainText("programme no longer covers you");
});

test("a broken file gets a clear error and changes nothing", async ({ page }) => {
  await signInAs(page, "tenant_admin");
  await page
    .getByTestId("registry-file")
    .setInputFiles({ name: "photo.csv", mimeType: "text/csv", buffer: Buffer.concat([Buffer.from("89504e47", "hex"), Buffer.alloc(3000, 0)]) });
  await page.getByRole("button", { name: "Upload" }).click();
  await expect(page.getByTestId("import-error")).toContainText("not a CSV or XLSX");
});
