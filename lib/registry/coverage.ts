/**
 * Whether an employee's employer still covers them. An identifier that left the registry keeps
 * access for the contract's grace period; after it the account stays (with its history) but cannot
 * be used until the identifier comes back.
 */
export interface CoverageFacts {
  registryEntry: { status: "active" | "removed"; removedAt: Date | null } | null;
  graceDays: number;
}

export function isCovered({ registryEntry, graceDays }: CoverageFacts, now = new Date()): boolean {
  if (!registryEntry) return false;
  if (registryEntry.status === "active") return true;
  if (!registryEntry.removedAt) return false;
  return now.getTime() < registryEntry.removedAt.getTime() + graceDays * 86_400_000;
}

export const NOT_COVERED_MESSAGE = "errors.session.notCovered";
