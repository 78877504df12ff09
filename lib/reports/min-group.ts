/** The smallest group a published figure may stand for: the tenant's choice, never below the platform's floor. */
export const PLATFORM_MIN_GROUP = 10;

export function effectiveMinGroup(tenantMinimum: number | null | undefined): number {
  return Math.max(PLATFORM_MIN_GROUP, tenantMinimum ?? 0);
}
