import { afterEach, describe, expect, it, vi } from "vitest";
import { ensureRequiredPrograms } from "@/tooling/system/required-programs";

const savedPath = process.env.PATH;
afterEach(() => {
  process.env.PATH = savedPath;
  vi.restoreAllMocks();
});

describe("system programs npm test needs", () => {
  it("stops at once with the exact command when they are missing and cannot be installed here", () => {
    process.env.PATH = "/nonexistent";
    vi.spyOn(process, "getuid").mockReturnValue(1000);
    const refusal = ensureRequiredPrograms(() => undefined);
    expect(refusal).toContain("sudo apt-get install -y chromium poppler-utils");
  });

  it("says nothing when they are there", () => {
    // This machine ran the suite's journeys: both programs are installed.
    expect(ensureRequiredPrograms(() => undefined)).toBeNull();
  });
});
