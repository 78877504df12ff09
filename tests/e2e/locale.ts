/**
 * Journeys written once and run in each language: the `lang` option comes from the Playwright
 * project, every page and every extra browser context opens in it (the language cookie, which wins
 * over the employer's language, and the browser's Accept-Language), and `t` gives the texts.
 */
import { test as base, expect, type Page } from "@playwright/test";
import { LOCALE_COOKIE } from "@/lib/i18n/locales";
import { msg, type Lang } from "./i18n";

export interface LocaleFixtures {
  lang: Lang;
  t: (key: string, params?: Record<string, string | number>) => string;
  /** Another person's browser, in the same language and viewport. */
  newPage: () => Promise<Page>;
}

const INTL = { en: "en-GB", ru: "ru-RU" } as const;

export const test = base.extend<LocaleFixtures>({
  lang: ["en", { option: true }],
  locale: async ({ lang }, provide) => provide(INTL[lang]),
  t: async ({ lang }, provide) => provide((key, params) => msg(lang, key, params)),
  context: async ({ context, lang, baseURL }, provide) => {
    await context.addCookies([{ name: LOCALE_COOKIE, value: lang, url: baseURL! }]);
    await provide(context);
  },
  newPage: async ({ browser, lang, baseURL, viewport, isMobile, hasTouch }, provide) => {
    const contexts: Awaited<ReturnType<typeof browser.newContext>>[] = [];
    await provide(async () => {
      const context = await browser.newContext({ locale: INTL[lang], viewport, isMobile, hasTouch, baseURL });
      await context.addCookies([{ name: LOCALE_COOKIE, value: lang, url: baseURL! }]);
      contexts.push(context);
      return context.newPage();
    });
    await Promise.all(contexts.map((c) => c.close()));
  },
});

export { expect };

/** Screenshots named by project and page, for looking at every language and size by eye. */
export async function shoot(page: Page, name: string) {
  await page.screenshot({ path: `test-results/screenshots/${test.info().project.name}-${name}.png`, fullPage: true });
}

/** Matches exactly one of the texts (for a figure that may be either of two values). */
export function anyOf(texts: string[]): RegExp {
  return new RegExp(`^(${texts.map((text) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|")})$`);
}
