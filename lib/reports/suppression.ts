/**
 * Small-cell suppression for HR figures. A cell describing fewer than K distinct employees is
 * hidden; when the group's total is shown and exactly one cell is hidden, the next-smallest cell
 * is hidden too, so the hidden value cannot be recovered by subtraction.
 */
export const PLATFORM_MIN_GROUP = 10;

export interface Cell {
  key: string;
  value: number;
  /** Distinct employees behind the value. */
  employees: number;
}

export type ShownCell = { key: string; value: number; suppressed: false } | { key: string; value: null; suppressed: true };

export function effectiveMinGroup(tenantMinimum: number): number {
  return Math.max(PLATFORM_MIN_GROUP, tenantMinimum);
}

export function suppressSmallCells(cells: readonly Cell[], k: number, totalIsShown: boolean): ShownCell[] {
  const present = cells.filter((c) => c.employees > 0);
  const hidden = new Set(present.filter((c) => c.employees < k).map((c) => c.key));
  if (totalIsShown && hidden.size === 1) {
    const nextSmallest = present.filter((c) => !hidden.has(c.key)).sort((a, b) => a.value - b.value || a.employees - b.employees)[0];
    if (nextSmallest) hidden.add(nextSmallest.key);
  }
  return present
    .map((c): ShownCell => (hidden.has(c.key) ? { key: c.key, value: null, suppressed: true } : { key: c.key, value: c.value, suppressed: false }))
    .sort((a, b) => (b.value ?? -1) - (a.value ?? -1));
}

/** A single figure: shown only when it stands for at least K employees. */
export function guardFigure(value: number, employees: number, k: number): number | null {
  return employees >= k ? value : null;
}
