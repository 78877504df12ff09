/** The layering ARCHITECTURE.md promises, checked over the source so a stray import fails the build. */
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "generated" ? [] : sourceFiles(full);
    return /\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

const importsOf = (file: string) => [...fs.readFileSync(file, "utf8").matchAll(/from\s+"([^"]+)"/g)].map((m) => m[1]!);

describe("layering", () => {
  it("lib holds the domain only: it never imports app/, components/ or tooling/", () => {
    const offenders = sourceFiles("lib").flatMap((file) =>
      importsOf(file)
        .filter((spec) => /^@\/(app|components|tooling)\//.test(spec))
        .map((spec) => `${file} → ${spec}`),
    );
    expect(offenders).toEqual([]);
  });

  it("components take their types from lib, never from route files", () => {
    const offenders = sourceFiles("components").flatMap((file) =>
      importsOf(file)
        .filter((spec) => spec.startsWith("@/app/"))
        .map((spec) => `${file} → ${spec}`),
    );
    expect(offenders).toEqual([]);
  });

  it("risk cases stay with the platform: nothing HR or the employer reaches reads them", () => {
    // Reports, exports, the report API and the employer's pages are built from these places alone.
    const employerFacing = ["lib/reports", "lib/tenants", "lib/registry", "app/(hr)", "app/api/v1/reports"].filter((dir) => fs.existsSync(dir));
    const offenders = employerFacing
      .flatMap(sourceFiles)
      .filter((file) => /@\/lib\/risk\/|risk_flags|risk_follow_ups|riskFlag|riskFollowUp/.test(fs.readFileSync(file, "utf8")));
    expect(employerFacing.length).toBeGreaterThan(3);
    expect(offenders).toEqual([]);
  });
});
