import type { Page } from "@playwright/test";
import { DateTime } from "luxon";
import { employeeWithSession, newIdentifier } from "./fixtures";
import { register, signIn, signInAs } from "./helpers";
import { anyOf, expect, shoot, test } from "./locale";

const ANNA_ZONE = "Europe/Helsinki";

async function confirmLateIfAsked(page: Page) {
  const late = page.getByTestId("late-notice");
  if (await late.isVisible()) await late.getByRole("checkbox").check();
}

test("an employee books, moves and cancels a session; the psychologist sees it; the reminder reaches the outbox", async ({ page, newPage, lang, t }) => {
  test.setTimeout(120_000);
  // The psychologist opens today and tomorrow, so a slot falls inside 24 hours and its reminder is due at once.
  const psychologist = await newPage();
  await signInAs(psychologist, "psychologist", lang);
  await psychologist
    .getByRole("navigation", { name: t("shell.main") })
    .getByRole("link", { name: t("nav.availability") })
    .click();
  const today = DateTime.now().setZone(ANNA_ZONE);
  for (const day of [today, today.plus({ days: 1 })]) {
    await psychologist.getByLabel(t("availability.date")).fill(day.toISODate()!);
    await psychologist.getByLabel(t("availability.change")).selectOption("available");
    await psychologist.getByLabel(t("availability.theWholeDay"), { exact: true }).check();
    await psychologist.getByRole("button", { name: t("availability.save") }).click();
    await expect(psychologist.getByTestId("exception-status")).toContainText(t("outcomes.saved"));
  }
  await expect(psychologist.getByTestId("exceptions")).toContainText(t("availability.extraHours"));

  // A new employee, so nothing else in their diary or allowance interferes.
  const suffix = Date.now().toString(36);
  const email = `booker-${suffix}@private.example`;
  await register(page, "acme", await newIdentifier(), email, lang);
  await page.getByLabel(t("register.alias")).fill(`Booker ${suffix}`);
  await page.getByRole("button", { name: t("register.submit") }).click();
  await expect(page).toHaveURL(/\/cabinet$/);

  // Narrowed to Finnish speakers, as an employee would: psychologists other journeys onboard
  // (published ones sort by their nearest free time) must not push Anna off the first page.
  await page.goto("/catalogue?language=fi");
  await page.getByTestId("psychologist-card").filter({ hasText: "Anna Virtanen" }).getByRole("link").click();
  const slots = page.getByTestId("slot-list").getByRole("link");
  const firstSlot = (await slots.first().getAttribute("href"))!;
  await slots.first().click();
  await expect(page.getByRole("heading", { level: 1, name: t("book.confirmTitle") })).toBeVisible();
  await expect(page.getByTestId("quota")).toHaveText(t("book.quotaValue", { used: 0, total: 8 }));
  // The format is the employee's choice: nothing is picked for them, and nothing is booked until they pick.
  const formats = page.getByRole("group", { name: t("book.howTalk") }).getByRole("radio");
  expect(await formats.count()).toBeGreaterThan(1);
  for (const radio of await formats.all()) await expect(radio).not.toBeChecked();
  await page.getByRole("button", { name: t("book.confirm") }).click();
  await expect(page.getByRole("heading", { level: 1, name: t("book.confirmTitle") })).toBeVisible();
  expect(await formats.first().evaluate((input: HTMLInputElement) => input.validity.valueMissing)).toBe(true);
  await page.getByRole("radio", { name: t("vocabulary.format.video") }).check();
  await shoot(page, "confirm-booking");
  await page.getByRole("button", { name: t("book.confirm") }).click();
  await expect(page.getByTestId("booking-confirmed")).toBeVisible();
  await expect(page.getByTestId("quota")).toHaveText(t("cabinet.quotaValue", { used: 1, total: 8 }));
  await expect(page.getByTestId("upcoming-appointments")).toContainText("Anna Virtanen");
  await shoot(page, "cabinet-booked");

  // Move it to the next free time.
  await page
    .getByTestId("upcoming-appointments")
    .getByRole("link", { name: t("cabinet.move") })
    .click();
  await expect(page.getByTestId("reschedule-banner")).toBeVisible();
  const next = page.getByTestId("slot-list").getByRole("link").nth(1);
  const movedTo = new URL((await next.getAttribute("href"))!, "http://x").searchParams.get("start")!;
  expect(movedTo).not.toBe(new URL(firstSlot, "http://x").searchParams.get("start"));
  await next.click();
  await expect(page.getByRole("heading", { level: 1, name: t("book.moveTitle") })).toBeVisible();
  await confirmLateIfAsked(page);
  await page.getByRole("button", { name: t("book.confirmMove") }).click();
  await expect(page.getByTestId("booking-moved")).toBeVisible();
  await expect(page.getByTestId("upcoming-appointments").getByRole("listitem")).toHaveCount(1);
  await expect(page.getByTestId("quota")).toHaveText(anyOf([1, 2].map((used) => t("cabinet.quotaValue", { used, total: 8 }))));

  // The psychologist's week shows the session at its new time.
  const local = DateTime.fromISO(movedTo).setZone(ANNA_ZONE);
  await psychologist.goto(`/practice/calendar?week=${local.toISODate()}`);
  await expect(psychologist.getByTestId("calendar-session").filter({ hasText: `Booker ${suffix}` })).toContainText(local.toFormat("HH:mm"));
  // The legend's "shaded: your open hours" is true: open hours are drawn in a colour one can tell from the page's white.
  if ((psychologist.viewportSize()?.width ?? 0) >= 768) {
    const shade = await psychologist
      .getByTestId("open-hours")
      .first()
      .evaluate((el) => getComputedStyle(el).backgroundColor);
    const [r, g, b] = (shade.match(/\d+/g) ?? ["255", "255", "255"]).map(Number);
    expect(r! + g! + b!, shade).toBeLessThanOrEqual(720);
  }
  await shoot(psychologist, "week-calendar");

  // The operator's development outbox has the confirmation and, since the session is within 24 hours, the reminder,
  // written in the language the employee registered in.
  const admin = await newPage();
  await signInAs(admin, "platform_admin", lang);
  const outbox = admin.getByTestId("outbox");
  await expect(async () => {
    await admin.goto("/admin/outbox");
    await expect(
      outbox
        .getByRole("listitem")
        .filter({ hasText: email })
        .filter({ hasText: t("email.appointment.subject.reminder") })
        .first(),
    ).toBeVisible({
      timeout: 1000,
    });
  }).toPass({ timeout: 30_000 });
  await expect(
    outbox
      .getByRole("listitem")
      .filter({ hasText: email })
      .filter({ hasText: t("email.appointment.subject.rescheduled") }),
  ).toContainText(t("outbox.status.outbox"));
  // Nothing failed to deliver, and the overview says so.
  await admin.goto("/admin");
  await expect(admin.getByText(t("admin.undelivered", { days: 30 })).locator("..")).toContainText(t("admin.allDelivered"));

  // Cancel it: inside the late window the page says it still counts and asks to confirm.
  await page
    .getByTestId("upcoming-appointments")
    .getByRole("link", { name: t("cabinet.cancel") })
    .click();
  await expect(page.getByTestId("late-notice").or(page.getByTestId("free-cancellation"))).toBeVisible();
  await confirmLateIfAsked(page);
  await page.getByRole("button", { name: t("cancel.submit") }).click();
  await expect(page.getByTestId("booking-cancelled")).toBeVisible();
  await expect(page.getByText(t("cabinet.noUpcoming").split(". ")[0]!)).toBeVisible();
  await expect(page.getByTestId("notifications")).toContainText(t("notifications.cancelled", { when: "" }).replace(/[\s:.]+$/, ""));
  await shoot(page, "cabinet-after-cancel");
});

test.describe("booking API", () => {
  const body = (psychologistId: string, startsAt: string) => ({ psychologistId, startsAt, direction: "psychology", format: "video" });

  test("answers problem JSON: 401 signed out, 403 for other roles, 400 for bad input, 409 with free times for a taken or invalid time", async ({
    page,
    request,
    lang,
    t,
  }) => {
    const anonymous = await request.post("/api/v1/appointments", { data: body("00000000-0000-4000-8000-000000000000", "2030-01-01T09:00:00Z") });
    expect(anonymous.status()).toBe(401);
    expect(anonymous.headers()["content-type"]).toContain("application/problem+json");

    await signInAs(page, "psychologist", lang);
    expect((await page.request.post("/api/v1/appointments", { data: body("00000000-0000-4000-8000-000000000000", "2030-01-01T09:00:00Z") })).status()).toBe(
      403,
    );
    // Signed out, but still in the language under test (the cookie that remembers it is kept).
    await page.context().clearCookies({ name: /session-token/ });

    await signInAs(page, "employee", lang);
    const catalogue = await (await page.request.get("/api/v1/psychologists")).json();
    const target = catalogue.items.find((c: { nextSlot: string | null }) => c.nextSlot);
    const notJson = await page.request.post("/api/v1/appointments", { headers: { "content-type": "text/plain" }, data: "psychologistId=x" });
    expect(notJson.status()).toBe(400);
    const invalid = await page.request.post("/api/v1/appointments", {
      data: { psychologistId: target.id, startsAt: "tomorrow", direction: "psychology", format: "fax" },
    });
    expect(invalid.status()).toBe(400);
    expect((await invalid.json()).fields.map((f: { path: string }) => f.path).sort()).toEqual(["format", "startsAt"]);
    // One minute past a free slot is not a slot: 409 with the real free times to choose from.
    const offGrid = new Date(new Date(target.nextSlot).getTime() + 60_000).toISOString();
    const conflict = await page.request.post("/api/v1/appointments", { data: body(target.id, offGrid) });
    expect(conflict.status()).toBe(409);
    const problem = await conflict.json();
    expect(problem.slots.length).toBeGreaterThan(0);
    expect(problem.detail).toBe(t("errors.booking.timeGone"));
  });
});

test("an employee chooses the time zone their times are shown in @phone", async ({ page, lang, t }) => {
  await register(page, "acme", await newIdentifier(), `zone-${Date.now().toString(36)}@private.example`, lang);
  await page.getByRole("button", { name: t("register.submit") }).click();
  await expect(page).toHaveURL(/\/cabinet$/);
  await page.getByLabel(t("timeZone.showIn")).selectOption("Asia/Tokyo");
  await page.getByRole("button", { name: t("timeZone.save"), exact: true }).click();
  await expect(page.getByTestId("time-zone-status")).toHaveText(t("outcomes.timeZoneSaved"));
  await page.goto("/catalogue");
  await expect(page.getByText(t("catalogue.intro", { zone: "Asia/Tokyo" }))).toBeVisible();
});

test("a session under way offers no move or cancel, and says why @phone", async ({ page, lang, t }) => {
  const employee = await employeeWithSession({ startsAt: new Date(Date.now() - 10 * 60_000), status: "booked" });
  await signIn(page, employee.email, employee.password, lang);
  await expect(page).toHaveURL(/\/cabinet$/);
  const upcoming = page.getByTestId("upcoming-appointments");
  await expect(upcoming.getByTestId("session-under-way")).toContainText(t("cabinet.underWayWhy"));
  await expect(upcoming.getByRole("link", { name: t("cabinet.move") })).toHaveCount(0);
  await expect(upcoming.getByRole("link", { name: t("cabinet.cancel") })).toHaveCount(0);
});
