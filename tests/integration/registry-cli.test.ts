import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, inject, it } from "vitest";
import { createTenant } from "../support/factories";

describe("npm run registry:import", () => {
  it("says why a file is refused in the tenant's language, in words rather than message keys", async () => {
    const tenant = await createTenant({ locale: "ru" });
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "harbor-cli-")), "empty.csv");
    fs.writeFileSync(file, "");
    const run = spawnSync(process.execPath, ["--import", "tsx", "scripts/registry-import.ts", "--tenant", tenant.slug, "--file", file], {
      encoding: "utf8",
      env: { ...process.env, DATABASE_URL: inject("databaseUrl") },
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("Файл пуст");
    expect(run.stderr).not.toContain("errors.registry");
    expect(JSON.parse(run.stdout.trim().split("\n").pop()!).error).toContain("Файл пуст");
  }, 60_000);
});
