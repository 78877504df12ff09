import fs from "node:fs";
import { defineConfig, devices } from "@playwright/test";
import type { LocaleFixtures } from "./tests/e2e/locale";
import { E2E_PORT } from "./tests/e2e/server-info";

const desktop = { ...devices["Desktop Chrome"], channel: undefined };
const phone = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };
/** Journeys that run in each language Harbor speaks. */
const IN_EVERY_LANGUAGE = [
  "booking",
  "catalogue",
  "feedback",
  "layout",
  "pages",
  "psychologist-onboarding",
  "registry",
  "series",
  "sign-in",
  "urgent-help",
  "materials",
].map((name) => `${name}.spec.ts`);

const PORT = E2E_PORT;
const chromium = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].find((p) => fs.existsSync(p));

export default defineConfig<LocaleFixtures>({
  testDir: "tests/e2e",
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  // Generous on purpose: on a 2-core machine with the other core busy, a cold page render and an
  // argon2 sign-in can take seconds. A real failure still fails; it just takes longer to say so.
  timeout: 90_000,
  expect: { timeout: 20_000 },
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: "retain-on-failure",
    actionTimeout: 20_000,
    navigationTimeout: 45_000,
    screenshot: "only-on-failure",
    launchOptions: {
      // Debian's Chromium: Playwright cannot download its own browser on these machines.
      executablePath: chromium,
      args: [
        "--no-sandbox",
        "--disable-dev-shm-usage",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        // Calls: a fake camera and microphone, no permission prompt, and ICE candidates on
        // 127.0.0.1 (libwebrtc ignores loopback otherwise, and the test LiveKit server is loopback-only).
        "--use-fake-device-for-media-stream",
        "--use-fake-ui-for-media-stream",
        "--allow-loopback-in-peer-connection",
      ],
    },
  },
  projects: [
    { name: "desktop", use: { ...desktop, lang: "en" } },
    { name: "phone", use: { ...phone, lang: "en" }, grep: /@phone/ },
    // The same journeys again in Russian (specs written with tests/e2e/locale.ts take their texts from the message files).
    { name: "desktop-ru", use: { ...desktop, lang: "ru" }, testMatch: IN_EVERY_LANGUAGE },
    { name: "phone-ru", use: { ...phone, lang: "ru" }, grep: /@phone/, testMatch: IN_EVERY_LANGUAGE },
  ],
  webServer: {
    command: "npx tsx tests/e2e/serve.ts",
    url: `http://127.0.0.1:${PORT}/login`,
    timeout: 480_000,
    // E2E_REUSE_SERVER=1 runs specs against a `tests/e2e/serve.ts` already started on E2E_PORT (while developing).
    reuseExistingServer: process.env.E2E_REUSE_SERVER === "1",
    stdout: "pipe",
    stderr: "pipe",
    env: { PORT: String(PORT) },
  },
});
