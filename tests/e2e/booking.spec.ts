import { expect, test, type Page } from "@playwright/test";
import { DateTime } from "luxon";
import { employeeWithSession } from "./fixtures";
import { register, signIn, signInAs } from "./helpers";

const ANNA_ZONE = "Europe/Helsinki";

async function confirmLateIfAsked(page: Page) {
  const late = page.getByTestId("late-notice");
  if (await late.isVisible()) await late.getByRole("checkbox").check();
}

test("an employee books, moves and cancels a session; the psychologist sees it; the reminder reaches the outbox", async ({ page, browser }) => {
  test.setTimeout(120_000);
  // The psychologist opens today and tomorrow, so a slot falls inside 24 hours and its reminder is due at once.
  const psychologist = await (await browser.newContext()).newPage();
  await signInAs(psychologist, "psychologist");
  await psychologist.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Availability" }).click();
  const today = DateTime.now().setZone(ANNA_ZONE);
  for (const day of [today, today.plus({ days: 1 })]) {
    await psychologist.getByLabel("Date").fill(day.toISODate()!);
    await psychologist.getByLabel("Change").selectOption("available");
    await psychologist.getByLabel("The whole day").check();
    await psychologist.getByRole("button", { name: "Save" }).click();
    await expect(psychologist.getByTestId("exception-status")).toContainText("Saved.");
  }
  await expect(psychologist.getByTestId("exceptions")).toContainText("Extra hours");

  // A new employee, so nothing else in their diary or allowance interferes.
  const suffix = Date.now().toString(36);
  const email = `booker-${suffix}@private.example`;
  await register(page, "acme", "004571", email);
  await page.getByLabel("What should your specialist call you? (optional)").fill(`Booker ${suffix}`);
  await page.getByRole("button", { name: "Register" }).click();
  await expect(page).toHaveURL(/\/cabinet$/);

  await page.goto("/catalogue");
  await page.getByTestId("psychologist-card").filter({ hasText: "Anna Virtanen" }).getByRole("link").click();
  const slots = page.getByTestId("slot-list").getByRole("link");
  const firstSlot = (await slots.first().getAttribute("href"))!;
  await slots.first().click();
  await expect(page.getByRole("heading", { level: 1, name: "Confirm your booking" })).toBeVisible();
  await expect(page.getByTestId("quota")).toHaveText("0 of 8 used");
  // The format is the employee's choice: nothing is picked for them, and nothing is booked until they pick.
  const formats = page.getByRole("group", { name: "How would you like to talk?" }).getByRole("radio");
  expect(await formats.count()).toBeGreaterThan(1);
  for (const radio of await formats.all()) await expect(radio).not.toBeChecked();
  await page.getByRole("button", { name: "Confirm booking" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Confirm your booking" })).toBeVisible();
  expect(await formats.first().evaluate((input: HTMLInputElement) => input.validity.valueMissing)).toBe(true);
  await page.getByRole("radio", { name: "Video call" }).check();
  await page.getByRole("button", { name: "Confirm booking" }).click();
  await expect(page.getByTestId("booking-confirmed")).toBeVisible();
  await expect(page.getByTestId("quota")).toHaveText("1 of 8 used");
  await expect(page.getByTestId("upcoming-appointments")).toContainText("Anna Virtanen");

  // Move it to the next free time.
  await page.getByTestId("upcoming-appointments").getByRole("link", { name: "Move" }).click();
  await expect(page.getByTestId("reschedule-banner")).toBeVisible();
  const next = page.getByTestId("slot-list").getByRole("link").nth(1);
  const movedTo = new URL((await next.getAttribute("href"))!, "http://x").searchParams.get("start")!;
  expect(movedTo).not.toBe(new URL(firstSlot, "http://x").searchParams.get("start"));
  await next.click();
  await expect(page.getByRole("heading", { level: 1, name: "Move your session" })).toBeVisible();
  await confirmLateIfAsked(page);
  await page.getByRole("button", { name: "Confirm the new time" }).click();
  await expect(page.getByTestId("booking-moved")).toBeVisible();
  await expect(page.getByTestId("upcoming-appointments").getByRole("listitem")).toHaveCount(1);
  await expect(page.getByTestId("quota")).toHaveText(/^[12] of 8 used$/);

  // The psychologist's week shows the session at its new time.
  const local = DateTime.fromISO(movedTo).setZone(ANNA_ZONE);
  await psychologist.goto(`/practice/calendar?week=${local.toISODate()}`);
  await expect(psychologist.getByTestId("calendar-session").filter({ hasText: `Booker ${suffix}` })).toContainText(local.toFormat("HH:mm"));
  await psychologist.screenshot({ path: `test-results/screenshots/${test.info().project.name}-week-calendar.png`, fullPage: true });

  // The operator's development outbox has the confirmation and, since the session is within 24 hours, the reminder.
  const admin = await (await browser.newContext()).newPage();
  await signInAs(admin, "platform_admin");
  const outbox = admin.getByTestId("outbox");
  await expect(async () => {
    await admin.goto("/admin/outbox");
    await expect(outbox.getByRole("listitem").filter({ hasText: email }).filter({ hasText: "Reminder: your Harbor appointment" }).first()).toBeVisible({
      timeout: 1000,
    });
  }).toPass({ timeout: 30_000 });
  await expect(outbox.getByRole("listitem").filter({ hasText: email }).filter({ hasText: "Your Harbor appointment has a new time" })).toContainText(
    "In the outbox",
  );
  // Nothing failed to deliver, and the overview says so.
  await admin.goto("/admin");
  await expect(admin.getByText("Undelivered e-mails (30 days)").locator("..")).toContainText("Every e-mail was delivered or is on its way.");

  // Cancel it: inside the late window the page says it still counts and asks to confirm.
  await page.getByTestId("upcoming-appointments").getByRole("link", { name: "Cancel" }).click();
  await expect(page.getByTestId("late-notice").or(page.getByTestId("free-cancellation"))).toBeVisible();
  await confirmLateIfAsked(page);
  await page.getByRole("button", { name: "Cancel the session" }).click();
  await expect(page.getByTestId("booking-cancelled")).toBeVisible();
  await expect(page.getByText("You have no sessions booked.")).toBeVisible();
  await expect(page.getByTestId("notifications")).toContainText("Cancelled");
  await page.screenshot({ path: `test-results/screenshots/${test.info().project.name}-cabinet-after-cancel.png`, fullPage: true });
});

test.describe("booking API", () => {
  const body = (psychologistId: string, startsAt: string) => ({ psychologistId, startsAt, direction: "psychology", format: "video" });

  test("answers problem JSON: 401 signed out, 403 for other roles, 400 for bad input, 409 with free times for a taken or invalid time", async ({
    page,
    request,
  }) => {
    const anonymous = await request.post("/api/v1/appointments", { data: body("00000000-0000-4000-8000-000000000000", "2030-01-01T09:00:00Z") });
    expect(anonymous.status()).toBe(401);
    expect(anonymous.headers()["content-type"]).toContain("application/problem+json");

    await signInAs(page, "psychologist");
    expect((await page.request.post("/api/v1/appointments", { data: body("00000000-0000-4000-8000-000000000000", "2030-01-01T09:00:00Z") })).status()).toBe(
      403,
    );
    await page.context().clearCookies();

    await signInAs(page, "employee");
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
    expect(problem.detail).toContain("no longer available");
  });
});

test("an employee chooses the time zone their times are shown in @phone", async ({ page }) => {
  await register(page, "acme", test.info().project.name === "phone" ? "004573" : "004572", `zone-${Date.now().toString(36)}@private.example`);
  await page.getByRole("button", { name: "Register" }).click();
  await expect(page).toHaveURL(/\/cabinet$/);
  await page.getByLabel("Show times in").selectOption("Asia/Tokyo");
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByTestId("time-zone-status")).toContainText("Saved.");
  await page.goto("/catalogue");
  await expect(page.getByText("Times are shown in your time zone (Asia/Tokyo)")).toBeVisible();
});

test("a session under way offers no move or cancel, and says why @phone", async ({ page }) => {
  const employee = await employeeWithSession({ startsAt: new Date(Date.now() - 10 * 60_000), status: "booked" });
  await signIn(page, employee.email, employee.password);
  await expect(page).toHaveURL(/\/cabinet$/);
  const upcoming = page.getByTestId("upcoming-appointments");
  await expect(upcoming.getByTestId("session-under-way")).toContainText("can no longer be moved or cancelled");
  await expect(upcoming.getByRole("link", { name: "Move" })).toHaveCount(0);
  await expect(upcoming.getByRole("link", { name: "Cancel" })).toHaveCount(0);
});
