import { expect, test } from "@playwright/test";
import { fixtureDb, fixtureFactories } from "./fixtures";
import { HOME_BY_ROLE, type Role } from "@/lib/auth/roles";
import { DEMO_LOGINS, signIn, signInAs } from "./helpers";

const HEADINGS: Record<Role, RegExp> = {
  employee: /Hello, Sam/,
  psychologist: /Agenda — Anna Virtanen/,
  hr: /Acme Corporation — Q\d \d{4}/,
  tenant_admin: /Acme Corporation/,
  platform_admin: /Platform overview/,
};

for (const role of Object.keys(DEMO_LOGINS) as Role[]) {
  test(`${role} signs in through the page and lands on their home @phone`, async ({ page }) => {
    await signIn(page, DEMO_LOGINS[role]);
    await expect(page).toHaveURL(new RegExp(`${HOME_BY_ROLE[role]}$`));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(HEADINGS[role]);
  });
}

test("a wrong password gets a clear message and no session @phone", async ({ page }) => {
  await signIn(page, DEMO_LOGINS.employee, "not-the-password");
  await expect(page.getByTestId("login-error")).toContainText("do not match an account");
  await expect(page).toHaveURL(/\/login/);
  await page.goto("/cabinet");
  await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fcabinet/);
});

test("an unknown e-mail gets the same message as a wrong password", async ({ page }) => {
  await signIn(page, "nobody@acme.test");
  await expect(page.getByTestId("login-error")).toContainText("do not match an account");
});

test("guessing a password is stopped after ten tries, even when the eleventh is right", async ({ page }) => {
  const { createUser, TEST_PASSWORD } = await fixtureFactories();
  const user = await createUser({ role: "hr", tenant: await (await fixtureDb()).tenant.findUniqueOrThrow({ where: { slug: "acme" } }) });
  await page.goto("/login");
  for (let attempt = 1; attempt <= 10; attempt++) {
    await page.getByLabel("E-mail").fill(user.email);
    await page.getByLabel("Password").fill(`Guess number ${attempt}`);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByTestId("login-error")).toContainText("do not match an account");
    await expect(page.getByRole("button", { name: "Sign in" })).toBeEnabled();
  }
  await page.getByLabel("Password").fill(TEST_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByTestId("login-error")).toContainText(/Too many attempts to sign in\. For your security, wait 1[45] minutes/);
  await expect(page).toHaveURL(/\/login/);
});

test("signing out ends the session", async ({ page }) => {
  await signInAs(page, "hr");
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/login\?signedOut=1/);
  await expect(page.getByText("You have signed out.")).toBeVisible();
  await page.goto("/hr");
  await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fhr/);
});

test("after signing in from a deep link, the person returns to it", async ({ page }) => {
  await page.goto("/hr?period=2026-Q3");
  await expect(page).toHaveURL(/\/login\?callbackUrl=/);
  await page.getByLabel("E-mail").fill(DEMO_LOGINS.hr);
  await page.getByLabel("Password").fill("harbor-demo-2026");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/hr\?period=2026-Q3$/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Q3 2026");
});

test("a callback to another site is ignored", async ({ page }) => {
  await page.goto("/login?callbackUrl=https%3A%2F%2Fevil.example%2F");
  await page.getByLabel("E-mail").fill(DEMO_LOGINS.employee);
  await page.getByLabel("Password").fill("harbor-demo-2026");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/cabinet$/);
});

test("the password page is one tap away from every signed-in page, on a phone too @phone", async ({ page }) => {
  await signInAs(page, "employee");
  await page.getByRole("link", { name: "Password", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Change your password");
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "My cabinet" })).toBeVisible();
  await page.screenshot({ path: `test-results/screenshots/${test.info().project.name}-password-page.png`, fullPage: true });
});
