import { describe, expect, it } from "vitest";
import { safeCallbackPath } from "@/lib/auth/safe-redirect";

describe("safeCallbackPath", () => {
  it("keeps same-site paths", () => {
    expect(safeCallbackPath("/hr?period=2026-Q3")).toBe("/hr?period=2026-Q3");
  });

  it.each(["https://evil.example/", "//evil.example", "/\\evil.example", "javascript:alert(1)", "/login", "/api/auth/signout", "", null])(
    "refuses %s",
    (value) => {
      expect(safeCallbackPath(value)).toBe("/home");
    },
  );
});
