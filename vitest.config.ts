import path from "node:path";
import { defineConfig } from "vitest/config";

const alias = { "@": path.resolve(import.meta.dirname) };

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        test: { name: "unit", include: ["tests/unit/**/*.test.ts"], environment: "node", env: { TZ: "UTC" } },
      },
      {
        // Time-zone-sensitive logic again, with the process in a zone that is neither UTC nor the
        // zones the tests name: nothing may depend on the server's own clock zone.
        resolve: { alias },
        test: {
          name: "zones",
          include: ["tests/unit/compute-slots.test.ts", "tests/unit/contract-year.test.ts"],
          environment: "node",
          env: { TZ: "America/New_York", EXPECT_TZ: "America/New_York" },
        },
      },
      {
        resolve: { alias },
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          environment: "node",
          globalSetup: ["tests/support/integration-global-setup.ts"],
          setupFiles: ["tests/support/integration-setup.ts"],
          // One database for the run; files run one after another so they never see each other's rows mid-test.
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        // Booking and catalogue against Postgres again, with the Node process in a non-UTC zone.
        resolve: { alias },
        test: {
          name: "integration-zones",
          include: ["tests/integration/booking.test.ts", "tests/integration/catalogue.test.ts"],
          environment: "node",
          env: { TZ: "America/New_York" },
          globalSetup: ["tests/support/integration-global-setup.ts"],
          setupFiles: ["tests/support/integration-setup.ts"],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
