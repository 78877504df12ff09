import { FIXTURE_PASSWORD, fixtureDb, fixtureFactories, fixtureLookups } from "./fixtures";
import { HOME_BY_ROLE, type Role } from "@/lib/auth/roles";
import { DEMO_LOGINS, DEMO_PASSWORD, signIn, signInAs, trustThisBrowser } from "./helpers";
import { anyOf, expect, shoot, test } from "./locale";

// Each role's home heading, from the message files of the language under test.
const HEADINGS: Record<Role, (t: (key: string, params?: Record<string, string | number>) => string) => RegExp> = {
  employee: (t) => new RegExp(`^${t("cabinet.helloName", { name: "Sam" })}$`),
  psychologist: (t) => new RegExp(`^${t("practice.title", { name: "Anna Virtanen" })}$`),
  hr: () => /^Acme Corporation — /,
  tenant_admin: () => /^Acme Corporation$/,
  platform_admin: (t) => new RegExp(`^${t("admin.title")}$`),
};

for (const role of Object.keys(DEMO_LOGINS) as Role[]) {
  test(`${role} signs in through the page and lands on their home @phone`, async ({ page, lang, t }) => {
    await signIn(page, DEMO_LOGINS[role], DEMO_PASSWORD, lang);
    await expect(page).toHaveURL(new RegExp(`${HOME_BY_ROLE[role]}$`));
    await expect(page.locator("html")).toHaveAttribute("lang", lang);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(HEADINGS[role](t));
  });
}

test("a wrong password gets a clear message and no session @phone", async ({ page, lang, t }) => {
  await signIn(page, DEMO_LOGINS.employee, "not-the-password", lang);
  await expect(page.getByTestId("login-error")).toHaveText(t("signIn.invalid_credentials"));
  await expect(page).toHaveURL(/\/login/);
  await page.goto("/cabinet");
  await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fcabinet/);
});

test("an unknown e-mail gets the same message as a wrong password", async ({ page, lang, t }) => {
  await signIn(page, "nobody@acme.test", DEMO_PASSWORD, lang);
  await expect(page.getByTestId("login-error")).toHaveText(t("signIn.invalid_credentials"));
});

test("guessing a password is stopped after ten tries, even when the eleventh is right", async ({ page, t }) => {
  const { createUser, TEST_PASSWORD } = await fixtureFactories();
  const user = await createUser({ role: "hr", tenant: await (await fixtureDb()).tenant.findUniqueOrThrow({ where: { slug: "acme" } }) });
  await page.goto("/login");
  for (let attempt = 1; attempt <= 10; attempt++) {
    await page.getByLabel(t("login.email")).fill(user.email);
    await page.getByLabel(t("login.password")).fill(`Guess number ${attempt}`);
    await page.getByRole("button", { name: t("login.submit") }).click();
    await expect(page.getByTestId("login-error")).toHaveText(t("signIn.invalid_credentials"));
    await expect(page.getByRole("button", { name: t("login.submit") })).toBeEnabled();
  }
  await page.getByLabel(t("login.password")).fill(TEST_PASSWORD);
  await page.getByRole("button", { name: t("login.submit") }).click();
  await expect(page.getByTestId("login-error")).toHaveText(anyOf([14, 15].map((minutes) => t("signIn.rate_limited", { minutes }))));
  await expect(page).toHaveURL(/\/login/);
});

test("signing out ends the session", async ({ page, lang, t }) => {
  await signInAs(page, "hr", lang);
  await page.getByRole("button", { name: t("common.signOut") }).click();
  await expect(page).toHaveURL(/\/login\?signedOut=1/);
  await expect(page.getByText(t("login.signedOut"))).toBeVisible();
  await page.goto("/hr");
  await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fhr/);
});

test("after signing in from a deep link, the person returns to it", async ({ page, newPage, lang, t }) => {
  // A quarter HR is offered today (the demo data moves with the date, so no period is written in).
  const hr = await newPage();
  await signInAs(hr, "hr", lang);
  const { periods } = (await (await hr.request.get("/api/v1/reports/periods")).json()) as { periods: { key: string; kind: string }[] };
  const quarter = periods.find((p) => p.kind === "quarter")!.key;
  const [year, number] = quarter.split("-Q") as [string, string];
  await page.goto(`/hr?period=${quarter}`);
  await expect(page).toHaveURL(/\/login\?callbackUrl=/);
  await trustThisBrowser(page, DEMO_LOGINS.hr);
  await page.getByLabel(t("login.email")).fill(DEMO_LOGINS.hr);
  await page.getByLabel(t("login.password")).fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: t("login.submit") }).click();
  await expect(page).toHaveURL(new RegExp(`/hr\\?period=${quarter}$`));
  await expect(page.getByRole("heading", { level: 1 })).toContainText(t("reports.quarter", { quarter: Number(number), year }));
});

test("a callback to another site is ignored", async ({ page, t }) => {
  await page.goto("/login?callbackUrl=https%3A%2F%2Fevil.example%2F");
  await page.getByLabel(t("login.email")).fill(DEMO_LOGINS.employee);
  await page.getByLabel(t("login.password")).fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: t("login.submit") }).click();
  await expect(page).toHaveURL(/\/cabinet$/);
});

test("account security and the password are one tap away from every signed-in page, on a phone too @phone", async ({ page, lang, t }) => {
  await signInAs(page, "employee", lang);
  await page.getByRole("link", { name: t("shell.security"), exact: true }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(t("security.title"));
  // Employees are offered an authenticator app; its key is made only when they ask for one.
  await expect(page.getByTestId("totp-secret")).toHaveCount(0);
  await page.getByRole("link", { name: t("security.totp.start") }).click();
  await expect(page.getByTestId("totp-secret")).toBeVisible();
  await shoot(page, "security-page");
  await page.getByRole("link", { name: t("security.password.change") }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(t("password.title"));
  await expect(page.getByRole("navigation", { name: t("shell.main") }).getByRole("link", { name: t("nav.cabinet") })).toBeVisible();
  await shoot(page, "password-page");
});

test("a forgotten password: a link by e-mail, a new password, every other session ended @phone", async ({ page, newPage, lang, t }) => {
  const { createTenant, createUser } = await fixtureFactories();
  const user = await createUser({ role: "employee", tenant: await createTenant() });
  // Signed in elsewhere before: that session must end with the reset.
  const elsewhere = await newPage();
  await signIn(elsewhere, user.email, FIXTURE_PASSWORD, lang);
  await expect(elsewhere).toHaveURL(/\/cabinet/);

  await page.goto("/login");
  await page.getByRole("link", { name: t("login.forgot") }).click();
  // Both pages have an "E-mail" field: type only once the sign-in page's is gone.
  await expect(page).toHaveURL(/\/forgot-password$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(t("forgotPassword.title"));
  await page.getByLabel(t("forgotPassword.email")).fill(user.email);
  await expect(page.getByLabel(t("forgotPassword.email"))).toHaveValue(user.email);
  await page.getByRole("button", { name: t("forgotPassword.submit") }).click();
  await expect(page.getByTestId("reset-sent")).toHaveText(t("outcomes.passwordResetSent"));
  await shoot(page, "forgot-password-sent");
  // An address nobody has gets the very same answer.
  await page.goto("/forgot-password");
  await page.getByLabel(t("forgotPassword.email")).fill(`nobody-${Date.now()}@example.org`);
  await page.getByRole("button", { name: t("forgotPassword.submit") }).click();
  await expect(page.getByTestId("reset-sent")).toHaveText(t("outcomes.passwordResetSent"));

  const mail = await (await fixtureLookups()).latestEmailTo(user.email);
  const link = new URL(/https?:\/\/\S+\/reset-password\/\S+/.exec(mail.textBody)![0]);
  await page.goto(link.pathname);
  const password = "my new quiet harbour 2027";
  await page.getByLabel(t("password.new"), { exact: true }).fill(password);
  await page.getByLabel(t("password.confirm")).fill(password);
  await shoot(page, "reset-password");
  await page.getByRole("button", { name: t("resetPassword.submit") }).click();
  await expect(page.getByTestId("password-reset-done")).toBeVisible();
  await signIn(page, user.email, password, lang);
  await expect(page).toHaveURL(/\/cabinet/);

  // The link worked once; the other browser's session is over.
  await page.goto(link.pathname);
  await expect(page.getByTestId("reset-link-state")).toHaveText(t("resetPassword.used"));
  await elsewhere.goto("/cabinet");
  await expect(elsewhere).toHaveURL(/\/login/);
});
