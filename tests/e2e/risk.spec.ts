/**
 * A risk case: the psychologist flags the session in the room; the platform's clinical lead finds it
 * in their queue and records a follow-up; HR's dashboard, its report API and its CSV export show
 * nothing of it, and HR cannot open the queue.
 */
import { consultation } from "./fixtures";
import { signIn, signInAs } from "./helpers";
import { expect, shoot, test } from "./locale";

test("a psychologist flags a risk case; the clinical lead sees and follows it up; HR's pages and API show nothing of it @phone", async ({
  page,
  newPage,
  t,
  lang,
}) => {
  test.setTimeout(120_000);
  const c = await consultation("chat", "acme");
  const reason = `Risk journey ${Math.random().toString(36).slice(2, 8)}: spoke of a plan; gave 999 and Samaritans.`;

  const psychologist = await newPage();
  await signIn(psychologist, c.psychologist.email, c.psychologist.password, lang);
  await expect(psychologist).not.toHaveURL(/\/login/);
  await psychologist.goto(`/practice/sessions/${c.appointmentId}`);
  const form = psychologist.getByTestId("risk-flag-form");
  await form.getByLabel(t("risk.levels.imminent")).check();
  await form.getByLabel(t("risk.reason")).fill(reason);
  await form.getByRole("button", { name: t("risk.flag") }).click();
  // The room now says the session is flagged, and still does after a reload.
  await expect(psychologist.getByTestId("risk-flag-raised")).toContainText(t("risk.levels.imminent"));
  await psychologist.reload();
  await expect(psychologist.getByTestId("risk-flag-raised")).toContainText(t("risk.levels.imminent"));

  await signInAs(page, "platform_admin", lang);
  await page.getByRole("link", { name: t("nav.risk") }).click();
  const mine = page.getByTestId("risk-case").filter({ hasText: reason });
  await expect(mine).toHaveAttribute("data-level", "imminent");
  await expect(mine).toContainText(c.psychologist.name);
  await mine.getByLabel(t("risk.step")).selectOption("contacted");
  await mine.getByLabel(t("risk.whatWasDone")).fill("Called the psychologist; the client is safe with family tonight.");
  await mine.getByRole("button", { name: t("risk.record") }).click();
  await expect(mine).toHaveAttribute("data-status", "contacted");
  await expect(mine).toContainText("safe with family");
  await shoot(page, "risk-queue");

  // HR of the same employer: nothing on the dashboard, in the API or the export; the queue is closed to them.
  const hr = await newPage();
  await signInAs(hr, "hr", lang);
  await hr.goto("/hr");
  await expect(hr.getByTestId("report-chart").first()).toBeVisible();
  const pageText = (await hr.locator("body").innerText()).toLowerCase();
  for (const word of [reason.toLowerCase(), "risk journey", t("risk.levels.imminent").toLowerCase(), t("nav.risk").toLowerCase()])
    expect(pageText).not.toContain(word);
  const periods = (await (await hr.request.get("/api/v1/reports/periods")).json()).periods as { key: string }[];
  for (const { key } of periods.slice(0, 3)) {
    const api = await (await hr.request.get(`/api/v1/reports/utilisation?period=${key}`)).text();
    const csv = await (await hr.request.get(`/api/v1/reports/export?period=${key}&format=csv`)).text();
    for (const body of [api, csv]) expect(body.toLowerCase()).not.toMatch(/risk|imminent|samaritans/);
  }
  const refused = await hr.goto("/admin/risk");
  expect(refused?.status()).toBe(403);
});
