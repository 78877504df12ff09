import { expect, type Page } from "@playwright/test";
import { HOME_BY_ROLE, type Role } from "@/lib/auth/roles";
import { trustedDeviceCookie } from "./fixtures";
import { msg, type Lang } from "./i18n";

export const DEMO_PASSWORD = "harbor-demo-2026";
export const REGISTERED_PASSWORD = "my own password 123";

export const DEMO_LOGINS: Record<Role, string> = {
  employee: "employee@acme.test",
  psychologist: "psychologist@harbor.test",
  hr: "hr@acme.test",
  tenant_admin: "admin@acme.test",
  platform_admin: "admin@harbor.test",
};

/** Gives the page's browser the cookie "don't ask for a code on this device" would (accounts with an authenticator). */
export async function trustThisBrowser(page: Page, email: string) {
  const trusted = await trustedDeviceCookie(email);
  if (trusted) await page.context().addCookies([{ ...trusted, url: page.url() }]);
}

/** Signs in through the form; an account with an authenticator signs in from a device it trusts (see signInWithCode for the code itself). */
export async function signIn(page: Page, email: string, password = DEMO_PASSWORD, lang: Lang = "en") {
  await page.goto("/login");
  await trustThisBrowser(page, email);
  await page.getByLabel(msg(lang, "login.email")).fill(email);
  await page.getByLabel(msg(lang, "login.password")).fill(password);
  await page.getByRole("button", { name: msg(lang, "login.submit") }).click();
}

export async function signInAs(page: Page, role: Role, lang: Lang = "en") {
  await signIn(page, DEMO_LOGINS[role], DEMO_PASSWORD, lang);
  await expect(page).toHaveURL(new RegExp(`${HOME_BY_ROLE[role]}$`));
}

/** Fills the employer's registration page; the caller adds an alias if wanted and submits. */
export async function register(page: Page, slug: string, identifier: string, email: string, lang: Lang = "en") {
  await page.goto(`/t/${slug}`);
  await page.getByLabel(msg(lang, "register.identifier")).fill(identifier);
  await page.getByLabel(msg(lang, "register.email")).fill(email);
  await page.getByLabel(msg(lang, "register.password"), { exact: true }).fill(REGISTERED_PASSWORD);
}
