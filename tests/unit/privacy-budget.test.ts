import { describe, expect, it } from "vitest";
import { discreteLaplace, withinProbability } from "@/lib/reports/noise";
import { EPSILON_PER_YEAR, RELEASE_TABLES, SESSIONS_COUNTED_PER_YEAR, tableEpsilon } from "@/lib/reports/privacy-budget";

describe("the privacy budget of HR figures", () => {
  it("adds every table's sensitivity / scale to the stated ε per employee and contract year", () => {
    // Written out by hand, so a change to the table has to change this line too (and decision 0007).
    expect(EPSILON_PER_YEAR).toBeCloseTo(1 / 1 + 1 / 1 + 1 / 4 + SESSIONS_COUNTED_PER_YEAR / 2 + 6 * (1 / 4), 10);
    expect(EPSILON_PER_YEAR).toBeCloseTo(5.75, 10);
    expect(tableEpsilon("consultations")).toBe(2);
    for (const budget of Object.values(RELEASE_TABLES)) expect(budget.scale).toBeGreaterThan(0);
  });

  it("draws discrete Laplace noise: symmetric, unbounded, with the stated spread", () => {
    // A deterministic grid of uniforms stands in for the keyed hash: the histogram must follow α^|k|.
    const scale = 2;
    const alpha = Math.exp(-1 / scale);
    const counts = new Map<number, number>();
    const n = 400;
    for (let i = 1; i <= n; i += 1) {
      for (let j = 1; j <= n; j += 1) {
        const k = discreteLaplace(scale, i / n, j / n);
        counts.set(k, (counts.get(k) ?? 0) + 1);
      }
    }
    const p = (k: number) => (counts.get(k) ?? 0) / (n * n);
    expect(p(0)).toBeCloseTo((1 - alpha) / (1 + alpha), 2);
    expect(p(1) / p(0)).toBeCloseTo(alpha, 1);
    expect(p(-3)).toBeCloseTo(p(3), 2);
    // Unbounded: values far beyond ±2 occur (bounded noise is pinned by its extremes).
    expect(Math.max(...counts.keys())).toBeGreaterThan(8);
    expect(Math.min(...counts.keys())).toBeLessThan(-8);
    expect(withinProbability(scale, 5)).toBeCloseTo(1 - (2 * alpha ** 6) / (1 + alpha), 10);
    expect([...counts].filter(([k]) => Math.abs(k) <= 5).reduce((s, [, c]) => s + c, 0) / (n * n)).toBeCloseTo(withinProbability(scale, 5), 2);
  });
});
