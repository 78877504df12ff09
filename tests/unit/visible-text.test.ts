import { describe, expect, it } from "vitest";
import { visibleText } from "@/lib/forms/visible-text";

describe("text others read", () => {
  it("loses bidirectional controls and invisible characters, so it reads as written and two names that look alike are alike", () => {
    expect(visibleText("Ann\u202Eaffoh\u202C", "name")).toBe("Annaffoh");
    expect(visibleText("Sa\u200Bm\u2060\uFEFF", "name")).toBe("Sam");
    expect(visibleText("Ki\u200Dm\u200C", "name")).toBe("Kim");
    expect(visibleText("\u2067hello\u2069 \u200Eworld\u200F", "text")).toBe("hello world");
  });

  it("keeps the joiners longer text needs: emoji sequences and scripts written with them", () => {
    const family = "👩\u200D👩\u200D👧";
    expect(visibleText(`thanks ${family}`, "text")).toBe(`thanks ${family}`);
    expect(visibleText("می\u200Cخواهم", "text")).toBe("می\u200Cخواهم");
  });
});
