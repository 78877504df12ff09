/**
 * Care that continues: the psychologist books six weekly sessions with a client from the client's
 * file; the client moves one and the psychologist cancels another, each on its own; the series'
 * calendar file, read by Mozilla's ical.js, holds exactly the sessions that stand, at their times.
 */
import { DateTime } from "luxon";
import { calendarOccurrences } from "../support/calendar-occurrences";
import { consultation, fixtureDb, fixtureFactories } from "./fixtures";
import { signIn } from "./helpers";
import { expect, shoot, test } from "./locale";

test("a psychologist books a weekly series of six; one is moved, one cancelled; the .ics series has the right occurrences @phone", async ({
  page,
  newPage,
  t,
  lang,
}) => {
  test.setTimeout(120_000);
  // An employer whose contract year began this month, so six weeks fit in it whatever the date; a client
  // who had a session yesterday with a psychologist open around the clock (in UTC).
  const tenant = await (await fixtureFactories()).createTenant({ sessionsPerYear: 20 });
  await (
    await fixtureDb()
  ).contract.update({ where: { tenantId: tenant.id }, data: { yearStartMonth: DateTime.now().setZone("Europe/Helsinki").month, yearStartDay: 1 } });
  const c = await consultation("video", tenant.slug, { startedMinutesAgo: 26 * 60, openAllWeek: true });
  const psychologist = await newPage();
  await signIn(psychologist, c.psychologist.email, c.psychologist.password, lang);
  await expect(psychologist).not.toHaveURL(/\/login/);
  await psychologist.goto("/practice/clients");
  await psychologist.getByTestId("clients").getByRole("link", { name: c.employee.alias }).click();

  const form = psychologist.getByTestId("series-form");
  const firstTime = form.getByLabel(t("clients.series.first"));
  // Two days ahead, so moving and cancelling are free and nothing starts while the test runs.
  const first = await firstTime.evaluate((select: HTMLSelectElement) => {
    const inTwoDays = Date.now() + 2 * 86_400_000;
    return [...select.options].find((o) => new Date(o.value).getTime() >= inTwoDays)!.value;
  });
  await firstTime.selectOption(first);
  await form.getByLabel(t("clients.series.cadence")).selectOption("weekly");
  await form.getByLabel(t("clients.series.count")).fill("6");
  await form.getByLabel(t("clients.series.format")).selectOption("video");
  await form.getByRole("button", { name: t("clients.series.book") }).click();
  await expect(psychologist.getByTestId("series-status")).toContainText(t("outcomes.seriesBooked"));
  await expect(psychologist.getByTestId("series-booked").getByRole("listitem")).toHaveCount(6);
  await shoot(psychologist, "series-booked");
  const planned = Array.from({ length: 6 }, (_, k) => DateTime.fromISO(first, { zone: "UTC" }).plus({ weeks: k }).toJSDate().toISOString());

  // The client sees six sessions and one notice, and moves the second to another free time.
  await signIn(page, c.employee.email, c.employee.password, lang);
  await expect(page).toHaveURL(/\/cabinet$/);
  const upcoming = page.getByTestId("upcoming-appointments").getByRole("listitem");
  await expect(upcoming).toHaveCount(6);
  await expect(page.getByText(t("notifications.series", { count: 6, cadence: "weekly", when: "" }).split(",")[0]!)).toBeVisible();
  // Moving goes through the psychologist's public page: published for the move (a day and a half's
  // notice and a language no journey filters by keep them off other journeys' first catalogue page).
  const db = await fixtureDb();
  await db.psychologistProfile.update({ where: { id: c.profileId }, data: { status: "published", minNoticeMinutes: 36 * 60, languages: ["sv"] } });
  await upcoming
    .nth(1)
    .getByRole("link", { name: t("cabinet.move") })
    .click();
  const slot = page.getByTestId("slot-list").getByRole("link").nth(3);
  const movedTo = new Date(new URL((await slot.getAttribute("href"))!, "http://x").searchParams.get("start")!).toISOString();
  await slot.click();
  await page.getByRole("button", { name: t("book.confirmMove") }).click();
  await expect(page.getByTestId("booking-moved")).toBeVisible();
  await db.psychologistProfile.update({ where: { id: c.profileId }, data: { status: "hidden" } });

  // The psychologist cancels the fourth from their agenda, where the moved one now comes first.
  expect(movedTo < planned[0]!).toBe(true);
  await psychologist.goto("/practice");
  const agenda = psychologist.getByTestId("agenda").getByRole("listitem");
  await expect(agenda).toHaveCount(6);
  psychologist.once("dialog", (dialog) => void dialog.accept());
  await agenda
    .nth(3)
    .getByRole("button", { name: t("practice.cancel") })
    .click();
  await expect(agenda).toHaveCount(5);

  // Any occurrence's calendar file is the whole series, as it now stands.
  const href = (await agenda
    .first()
    .getByRole("link", { name: t("practice.openRoom") })
    .getAttribute("href"))!;
  const ics = await (await page.request.get(`/api/v1/appointments/${href.split("/").pop()}/calendar`)).text();
  expect(ics).toMatch(/RRULE:FREQ=WEEKLY;COUNT=6/);
  const standing = calendarOccurrences(ics)
    .filter((o) => o.status !== "CANCELLED")
    .map((o) => o.start.toISOString());
  expect(standing).toEqual([planned[0], planned[2], planned[4], planned[5], movedTo].sort());

  // Their own calendar app can subscribe to a private link: it lists the sessions naming no one, and stops when turned off.
  await psychologist.goto("/practice/calendar");
  const feed = psychologist.getByTestId("calendar-feed");
  await feed.getByRole("button", { name: t("practice.feed.create") }).click();
  const link = await feed.getByLabel(t("practice.feed.yourLink")).inputValue();
  await shoot(psychologist, "calendar-feed");
  const subscribed = await fetch(link.replace(/^https?:\/\/[^/]+/, new URL(psychologist.url()).origin));
  expect(subscribed.status).toBe(200);
  const listed = await subscribed.text();
  expect(listed).toContain("SUMMARY:Session · Harbor");
  expect(listed).not.toContain(c.employee.alias);
  psychologist.once("dialog", (dialog) => void dialog.accept());
  await feed.getByRole("button", { name: t("practice.feed.turnOff") }).click();
  await expect(psychologist.getByText(t("outcomes.calendarFeedOff"))).toBeVisible();
  expect((await fetch(link.replace(/^https?:\/\/[^/]+/, new URL(psychologist.url()).origin))).status).toBe(404);
});
