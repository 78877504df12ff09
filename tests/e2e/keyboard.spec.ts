/**
 * Keyboard alone, with focus always visible: an employee books a session and writes in the chat
 * without touching a pointer; and with reduced motion asked for, nothing on the page animates.
 */
import type { Locator, Page } from "@playwright/test";
import { consultation, newIdentifier } from "./fixtures";
import { register, signIn } from "./helpers";
import { expect, test } from "./locale";

/** Presses Tab until `target` has focus (at most `max` times), then checks the focus can be seen. */
async function tabTo(page: Page, target: Locator, max = 80) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press("Tab");
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) {
      const outline = await target.evaluate((el) => {
        const style = getComputedStyle(el);
        return style.outlineStyle !== "none" && parseFloat(style.outlineWidth) >= 2;
      });
      expect(outline, "the focused control shows a visible outline").toBe(true);
      return;
    }
  }
  throw new Error(`${target} could not be reached with Tab`);
}

test("an employee books a session with the keyboard alone, focus visible at every step @phone", async ({ page, t, lang }) => {
  test.setTimeout(120_000);
  const suffix = Date.now().toString(36);
  await register(page, "acme", await newIdentifier(), `keys-${suffix}@private.example`, lang);
  await page.getByLabel(t("register.alias")).focus();
  await page.keyboard.type(`Keys ${suffix}`);
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/cabinet$/);

  await page.goto("/catalogue?language=fi");
  await tabTo(page, page.getByTestId("psychologist-card").filter({ hasText: "Anna Virtanen" }).getByRole("link").first());
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/catalogue\/[0-9a-f-]{36}$/);
  await tabTo(page, page.getByTestId("slot-list").getByRole("link").first());
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1, name: t("book.confirmTitle") })).toBeVisible();
  await tabTo(
    page,
    page
      .getByRole("group", { name: t("book.howTalk") })
      .getByRole("radio")
      .first(),
  );
  // Arrow keys move within the group and choose; Space chooses the focused one.
  await page.keyboard.press("Space");
  const late = page.getByTestId("late-notice");
  if (await late.isVisible()) {
    await tabTo(page, late.getByRole("checkbox"));
    await page.keyboard.press("Space");
  }
  await tabTo(page, page.getByRole("button", { name: t("book.confirm") }));
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("booking-confirmed")).toBeVisible();
});

test("an employee writes in the session's chat with the keyboard alone @phone", async ({ page, t, lang }) => {
  const c = await consultation("chat", "acme");
  await signIn(page, c.employee.email, c.employee.password, lang);
  await expect(page).not.toHaveURL(/\/login/);
  await page.goto(`/cabinet/sessions/${c.appointmentId}`);
  const chat = page.getByTestId("chat");
  await tabTo(page, chat.getByLabel(t("chat.message")));
  await page.keyboard.type("Typed without a mouse.");
  await page.keyboard.press("Enter");
  await expect(chat.getByTestId("chat-message").last()).toContainText("Typed without a mouse.");
  await page.keyboard.type("And sent with the button.");
  await tabTo(page, chat.getByRole("button", { name: t("chat.send") }), 5);
  await page.keyboard.press("Enter");
  await expect(chat.getByTestId("chat-message").last()).toContainText("And sent with the button.");
});

test("an employee joins a video call, mutes and turns the camera off with the keyboard alone", async ({ page, t, lang }) => {
  test.setTimeout(120_000);
  const c = await consultation("video", "acme");
  await page.context().grantPermissions(["camera", "microphone"]);
  await signIn(page, c.employee.email, c.employee.password, lang);
  await expect(page).not.toHaveURL(/\/login/);
  await page.goto(`/cabinet/sessions/${c.appointmentId}`);
  await expect(page.getByTestId("device-check")).toBeVisible();
  await tabTo(page, page.getByRole("button", { name: t("call.join") }));
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("call-stage")).toHaveAttribute("data-state", "connected", { timeout: 30_000 });
  await tabTo(page, page.getByRole("button", { name: t("call.mute") }));
  await page.keyboard.press("Space");
  await expect(page.getByRole("button", { name: t("call.unmute") })).toBeVisible();
  await tabTo(page, page.getByRole("button", { name: t("call.cameraOff") }));
  await page.keyboard.press("Enter");
  await expect(page.getByRole("button", { name: t("call.cameraOn") })).toBeVisible();
});

test("with reduced motion asked for, nothing moves: no transition or animation runs", async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL, reducedMotion: "reduce" });
  const page = await context.newPage();
  await page.goto("/login");
  const moving = await page.evaluate(
    () =>
      [...document.querySelectorAll("*")].filter((el) => {
        const style = getComputedStyle(el);
        const longest = (list: string) => Math.max(...list.split(",").map((d) => parseFloat(d) * (d.trim().endsWith("ms") ? 1 : 1000)));
        return longest(style.transitionDuration) > 1 || longest(style.animationDuration) > 1;
      }).length,
  );
  expect(moving).toBe(0);
  // The same page without the preference does have transitions (the buttons'), so this can fail.
  const normal = await browser.newContext({ baseURL });
  const other = await normal.newPage();
  await other.goto("/login");
  expect(await other.evaluate(() => [...document.querySelectorAll("button")].some((b) => parseFloat(getComputedStyle(b).transitionDuration) > 0.01))).toBe(
    true,
  );
  await context.close();
  await normal.close();
});
