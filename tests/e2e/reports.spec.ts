/**
 * HR's dashboard in Chromium: switching periods, charts, withheld cells, CSV and PDF exactly as shown
 * (the PDF turned into an image to look at), an API token made and revoked in the dashboard, and an
 * employee's rating and programme answer leaving every published figure as it was (decision 0007).
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import { askProgrammeQuestion, employeeWithSession, fixtureDb, fixtureLookups, releaseReports } from "./fixtures";
import { signIn, signInAs } from "./helpers";
import { expect, shoot, test } from "./locale";

test("HR switches periods, sees charts and withheld cells, and downloads the CSV and PDF of what is shown", async ({ page, t }) => {
  await signInAs(page, "hr");
  await page.goto("/hr");
  await expect(page.getByTestId("disclosure-note")).toContainText("ε = 5");
  await expect(page.getByTestId("upcoming-release")).toBeVisible();
  await expect(page.getByTestId("report-chart").first()).toBeVisible();
  await expect(page.locator("[data-withheld]").first()).toBeVisible();
  await expect(page.locator("[data-withheld]").first()).toHaveText(t("reports.withheld", { min: 10 }));
  await shoot(page, "hr-quarter");

  const periods = (await (await page.request.get("/api/v1/reports/periods")).json()).periods as { key: string; kind: string }[];
  const month = periods.find((p) => p.kind === "month")!.key;
  await page.locator('select[name="period"]').selectOption(month);
  await page.getByRole("button", { name: t("reports.show") }).click();
  await expect(page).toHaveURL(new RegExp(`period=${month}`));
  const consulted = page.locator("dt", { hasText: t("reports.figure.employeesConsulted") }).locator("xpath=following-sibling::dd[1]");
  await expect(consulted).toBeVisible();

  const [csvDownload] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: t("reports.download.csv") }).click()]);
  const csv = fs.readFileSync((await csvDownload.path())!, "utf8");
  const api = await (await page.request.get(`/api/v1/reports/utilisation?period=${month}`)).json();
  // The CSV holds exactly the API's (and the page's) figures.
  for (const [name, value] of Object.entries(api.figures)) {
    expect(csv).toMatch(new RegExp(`figure,${name},[^,]*,${value ?? ""},`));
  }
  expect(csv).not.toMatch(/@|comment/i);

  const [pdfDownload] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: t("reports.download.pdf") }).click()]);
  const pdfPath = (await pdfDownload.path())!;
  expect(fs.readFileSync(pdfPath).subarray(0, 5).toString()).toBe("%PDF-");
  fs.mkdirSync("test-results/screenshots", { recursive: true });
  const image = `test-results/screenshots/${test.info().project.name}-hr-report-pdf`;
  execFileSync("pdftoppm", ["-png", "-r", "60", "-f", "1", "-l", "1", "-singlefile", pdfPath, image]);
  expect(fs.statSync(`${image}.png`).size).toBeGreaterThan(10_000);
  // The image shown in a page, so the journey looks at it as a person would.
  await page.setContent(`<img id="pdf" src="data:image/png;base64,${fs.readFileSync(`${image}.png`).toString("base64")}">`);
  await expect(page.locator("#pdf")).toHaveJSProperty("complete", true);
  expect(await page.locator("#pdf").evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(300);
});

test("HR makes an API token in the dashboard, a BI tool reads with it, and revoking it locks the tool out", async ({ page, playwright, baseURL, t }) => {
  await signInAs(page, "hr");
  await page.goto("/hr");
  await page.getByLabel(t("reports.tokens.name")).fill(`BI ${test.info().project.name}`);
  await page.getByRole("button", { name: t("reports.tokens.create") }).click();
  const token = (await page.getByTestId("new-token").textContent())!.trim();
  expect(token).toMatch(/^hbr_/);

  const tool = await playwright.request.newContext({ baseURL });
  const periods = (await (await tool.get("/api/v1/reports/periods", { headers: { authorization: `Bearer ${token}` } })).json()).periods as { key: string }[];
  const period = periods[0]!.key;
  const answer = await tool.get(`/api/v1/reports/utilisation?period=${period}`, { headers: { authorization: `Bearer ${token}` } });
  expect(answer.status()).toBe(200);
  const body = await answer.json();
  expect(Object.keys(body)).toEqual(["period", "minGroup", "asOf", "figures", "breakdowns"]);
  expect(body).toMatchObject({ period, minGroup: 10 });
  expect(body.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  const missing = await tool.get("/api/v1/reports/utilisation?period=2019-Q1", { headers: { authorization: `Bearer ${token}` } });
  expect(missing.status()).toBe(404);
  expect(missing.headers()["content-type"]).toContain("application/problem+json");

  await page.reload();
  page.once("dialog", (dialog) => dialog.accept());
  await page.getByRole("button", { name: t("reports.tokens.revokeNamed", { name: `BI ${test.info().project.name}` }) }).click();
  await expect(page.getByRole("button", { name: t("reports.tokens.revokeNamed", { name: `BI ${test.info().project.name}` }) })).toHaveCount(0);
  const refused = await tool.get(`/api/v1/reports/utilisation?period=${period}`, { headers: { authorization: `Bearer ${token}` } });
  expect(refused.status()).toBe(401);
  expect((await refused.json()).status).toBe(401);
  await tool.dispose();
});

test("an employee rates a session and answers the programme question; no published figure moves, and HR reads when the month will be", async ({
  browser,
  page,
  t,
}) => {
  const employee = await employeeWithSession({ startsAt: new Date(Date.now() - 26 * 3600_000), status: "completed" });
  const db = await fixtureDb();
  const user = await (await fixtureLookups()).userByEmail(employee.email);
  const appointment = await db.appointment.findFirstOrThrow({ where: { employeeId: user.id }, select: { id: true } });
  const token = await askProgrammeQuestion(appointment.id);

  const hr = await browser.newPage();
  await signInAs(hr, "hr");
  const everything = async () => {
    const { periods } = (await (await hr.request.get("/api/v1/reports/periods")).json()) as { periods: { key: string }[] };
    expect(periods.length).toBeGreaterThan(0);
    return Promise.all(periods.map(async ({ key }) => (await hr.request.get(`/api/v1/reports/utilisation?period=${key}`)).json()));
  };
  await releaseReports();
  const before = await everything();

  await signIn(page, employee.email, employee.password);
  await expect(page).toHaveURL(/\/cabinet$/);
  await page
    .getByTestId("nps-form")
    .locator("label", { has: page.getByRole("radio", { name: "9", exact: true }) })
    .click();
  await page.getByRole("button", { name: t("nps.send") }).click();
  await expect(page.getByTestId("nps-status")).toHaveText(t("outcomes.npsThanks"));
  await page.getByText(t("feedback.open")).first().click();
  await page.locator("label", { has: page.getByRole("radio", { name: t("feedback.stars", { n: 5 }) }) }).click();
  await page.getByRole("button", { name: t("feedback.submit") }).click();
  await expect(page.getByTestId("feedback-status")).toBeVisible();
  // The link in the e-mail was for the same question: answered once, it says so.
  await page.goto(`/q/${token}`);
  await expect(page.getByText(t("nps.answered"))).toBeVisible();

  // The worker's release job runs: the session's month is not closed, and nothing published is drawn again.
  await releaseReports();
  expect(await everything()).toEqual(before);
  await hr.goto("/hr");
  await expect(hr.getByTestId("upcoming-release")).toBeVisible();
  await shoot(hr, "hr-after-activity");
  await hr.close();
});

test("the platform admin reads one tenant's contract years and, across tenants, calendar years", async ({ page, t }) => {
  await signInAs(page, "platform_admin");
  await page.goto("/admin/reports");
  const period = page.locator('select[name="period"]');
  // Across tenants, whose contract years start on different days, a year is a calendar year.
  await expect(period.locator("optgroup").last()).toHaveAttribute("label", t("reports.kind.calendarYear"));
  const year = (await period.locator("optgroup").last().locator("option").first().getAttribute("value"))!;
  await period.selectOption(year);
  await page.getByRole("button", { name: t("reports.show") }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(t("reports.calendarYear", { year }));

  await page.getByLabel(t("reports.platform.scope")).selectOption({ label: "Acme Corporation" });
  await page.getByRole("button", { name: t("reports.show") }).click();
  await expect(period.locator("optgroup").last()).toHaveAttribute("label", t("reports.kind.year"));
  await expect(page.getByRole("heading", { level: 1 })).toContainText(t("reports.contractYear", { year }));
});
