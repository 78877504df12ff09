/**
 * Materials for staff, per language: HR downloads the A4 poster, which is turned into an image and
 * looked at, and whose QR code, read by a QR decoder, opens the employer's landing page; the same
 * code as PNG and SVG; the invitation letter names the programme and the address.
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import { readQrFromPng } from "../support/read-qr";
import { signInAs } from "./helpers";
import { expect, shoot, test } from "./locale";

test("HR downloads the poster, its QR code opens the landing page, and the letter invites staff @phone", async ({ page, t, lang, baseURL }) => {
  await signInAs(page, "hr", lang);
  await page.getByRole("link", { name: t("nav.materials") }).click();
  await page.getByRole("link", { name: lang === "ru" ? "Русский" : "English" }).click();
  const landing = `${baseURL}/t/acme`;
  await expect(page.getByTestId("landing-url")).toHaveText(landing);
  await expect(page.getByTestId("invitation-body")).toHaveValue(new RegExp(landing.replace(/[.]/g, "\\.")));
  await expect(page.getByTestId("invitation-subject")).toHaveValue(new RegExp("Acme Corporation"));
  await shoot(page, "materials");

  const [posterDownload] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: t("materials.downloadPoster") }).click()]);
  const pdf = (await posterDownload.path())!;
  expect(fs.readFileSync(pdf).subarray(0, 5).toString()).toBe("%PDF-");
  expect(execFileSync("pdfinfo", [pdf], { encoding: "utf8" })).toMatch(/Page size:\s+595\.28 x 841\.89 pts \(A4\)/);
  // The words are there, in the chosen language (Cyrillic included): the text layer, then the picture.
  const words = execFileSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8" }).replace(/\s+/g, " ");
  expect(words).toContain(t("materials.poster.scan"));
  expect(words).toContain("Acme Corporation");
  fs.mkdirSync("test-results/screenshots", { recursive: true });
  const image = `test-results/screenshots/${test.info().project.name}-poster`;
  execFileSync("pdftoppm", ["-png", "-r", "100", "-f", "1", "-l", "1", "-singlefile", pdf, image]);
  expect(readQrFromPng(`${image}.png`)).toBe(landing);
  await page.setContent(`<img id="poster" alt="" src="data:image/png;base64,${fs.readFileSync(`${image}.png`).toString("base64")}">`);
  expect(await page.locator("#poster").evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(700);
  await page.goBack();

  const png = await page.request.get("/api/v1/materials/qr?format=png");
  expect(png.headers()["content-type"]).toBe("image/png");
  expect(readQrFromPng(Buffer.from(await png.body()))).toBe(landing);
  const svg = await page.request.get("/api/v1/materials/qr?format=svg");
  expect(await svg.text()).toMatch(/^<svg/);
  const letter = await (await page.request.get(`/api/v1/materials/invitation?lang=${lang}`)).text();
  expect(letter).toContain(landing);
  expect(letter.split("\n")[0]).toContain("Acme Corporation");

  // What the camera opens: the landing page, explaining the programme and what stays private.
  await page.goto(readQrFromPng(`${image}.png`)!);
  await expect(page.getByTestId("programme-covers")).toBeVisible();
  await expect(page.getByRole("heading", { name: t("tenantLanding.privateTitle") })).toBeVisible();
});

test("a tenant admin has the same materials; an employee and the platform admin do not", async ({ page, newPage, lang }) => {
  await signInAs(page, "tenant_admin", lang);
  expect((await page.goto("/materials"))?.status()).toBe(200);
  expect((await page.request.get("/api/v1/materials/qr?format=svg")).status()).toBe(200);
  expect((await page.request.get("/api/v1/materials/qr?format=gif")).status()).toBe(400);
  const employee = await newPage();
  await signInAs(employee, "employee", lang);
  expect((await employee.goto("/materials"))?.status()).toBe(403);
  expect((await employee.request.get("/api/v1/materials/poster")).status()).toBe(403);
});
