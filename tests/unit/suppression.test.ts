import { describe, expect, it } from "vitest";
import { effectiveMinGroup, guardFigure, suppressSmallCells } from "@/lib/reports/suppression";

describe("suppressSmallCells", () => {
  it("hides cells under K employees and, when a total is shown, the next-smallest too", () => {
    const shown = suppressSmallCells(
      [
        { key: "stress", value: 40, employees: 25 },
        { key: "anxiety", value: 18, employees: 12 },
        { key: "grief", value: 4, employees: 3 },
      ],
      10,
      true,
    );
    expect(shown).toEqual([
      { key: "stress", value: 40, suppressed: false },
      { key: "anxiety", value: null, suppressed: true },
      { key: "grief", value: null, suppressed: true },
    ]);
  });

  it("needs no complementary cell when two are already hidden", () => {
    const shown = suppressSmallCells(
      [
        { key: "a", value: 30, employees: 20 },
        { key: "b", value: 3, employees: 2 },
        { key: "c", value: 5, employees: 4 },
      ],
      10,
      true,
    );
    expect(
      shown
        .filter((c) => c.suppressed)
        .map((c) => c.key)
        .sort(),
    ).toEqual(["b", "c"]);
    expect(shown.find((c) => c.key === "a")).toEqual({ key: "a", value: 30, suppressed: false });
  });

  it("hides nothing extra when no total is shown", () => {
    const shown = suppressSmallCells(
      [
        { key: "a", value: 30, employees: 20 },
        { key: "b", value: 3, employees: 2 },
      ],
      10,
      false,
    );
    expect(shown.find((c) => c.key === "a")?.suppressed).toBe(false);
  });

  it("counts distinct employees, not sessions", () => {
    const shown = suppressSmallCells(
      [
        { key: "a", value: 50, employees: 9 },
        { key: "b", value: 50, employees: 30 },
        { key: "c", value: 60, employees: 30 },
      ],
      10,
      true,
    );
    expect(shown.find((c) => c.key === "a")?.suppressed).toBe(true);
  });

  it("never lets a tenant go below the platform floor", () => {
    expect(effectiveMinGroup(3)).toBe(10);
    expect(effectiveMinGroup(25)).toBe(25);
    expect(guardFigure(12, 9, 10)).toBeNull();
    expect(guardFigure(12, 10, 10)).toBe(12);
  });
});
