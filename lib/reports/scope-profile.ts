/**
 * What reports need to know about a scope besides its facts — its calendar, smallest group and the
 * contract's vocabulary — in one query, for the roll-up and for reading alike.
 */
import { sqlRows } from "@/lib/db/sql";
import { Prisma } from "@/lib/generated/prisma/client";
import { DIRECTIONS, FORMATS } from "@/lib/catalogue/vocabulary";
import type { Scope } from "./month-facts";
import { effectiveMinGroup, PLATFORM_MIN_GROUP } from "./min-group";
import type { YearStart } from "./periods";

/** Calendar years for the platform's view across tenants, whose contract years differ. */
const CALENDAR_YEAR: YearStart = { yearStartMonth: 1, yearStartDay: 1 };

export type YearKind = "contract" | "calendar";

export interface ScopeProfile {
  /** The tenant's name; null across tenants. */
  name: string | null;
  timeZone: string;
  yearStart: YearStart;
  /** What a year is here: the tenant's contract year, or a calendar year across tenants (whose contract years differ). */
  yearKind: YearKind;
  /** When the programme began: periods are offered from here. */
  since: Date;
  minGroup: number;
  directions: readonly string[];
  formats: readonly string[];
}

interface ProfileRow {
  name: string;
  time_zone: string;
  created_at: Date;
  year_start_month: number | null;
  year_start_day: number | null;
  report_min_group_size: number | null;
  directions: string[] | null;
  formats: string[] | null;
}

/** Read on every report request: plain SQL (decision 0004). */
export async function scopeProfile(scope: Scope): Promise<ScopeProfile | null> {
  if ("tenantId" in scope) {
    const [tenant] = await sqlRows<ProfileRow>(Prisma.sql`
      SELECT t.name, t.time_zone, t.created_at, c.year_start_month, c.year_start_day, c.report_min_group_size,
             c.directions::text[] AS directions, c.formats::text[] AS formats
      FROM tenants t LEFT JOIN contracts c ON c.tenant_id = t.id WHERE t.id = ${scope.tenantId}::uuid`);
    if (!tenant) return null;
    return {
      name: tenant.name,
      timeZone: tenant.time_zone,
      yearStart: tenant.year_start_month ? { yearStartMonth: tenant.year_start_month, yearStartDay: tenant.year_start_day ?? 1 } : CALENDAR_YEAR,
      yearKind: "contract",
      since: tenant.created_at,
      minGroup: effectiveMinGroup(tenant.report_min_group_size),
      directions: tenant.directions?.length ? tenant.directions : DIRECTIONS,
      formats: tenant.formats?.length ? tenant.formats : FORMATS,
    };
  }
  const [first] = await sqlRows<{ created_at: Date }>(Prisma.sql`SELECT min(created_at) AS created_at FROM tenants`);
  if (!first?.created_at) return null;
  return {
    name: null,
    timeZone: "UTC",
    yearStart: CALENDAR_YEAR,
    yearKind: "calendar",
    since: first.created_at,
    minGroup: PLATFORM_MIN_GROUP,
    directions: DIRECTIONS,
    formats: FORMATS,
  };
}
