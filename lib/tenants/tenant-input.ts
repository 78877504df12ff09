/** What a tenant and its contract may be set to: the platform's limits, in one schema. */
import { DateTime } from "luxon";
import { z } from "zod";
import { PLATFORM_MIN_GROUP } from "@/lib/reports/min-group";
import { isDialable, ZCountry } from "@/lib/urgent-help/countries";
import { zVisibleText } from "@/lib/forms/visible-text";

export const LOCALES = ["en", "ru", "fi", "pl"] as const;

const RESERVED_SLUGS = new Set(["admin", "api", "login", "register", "home", "hr", "manage", "practice", "cabinet", "t"]);

const checkbox = <T extends string>(values: readonly [T, ...T[]], what: string) =>
  z
    .array(z.enum(values))
    .min(1, `Include at least one ${what}.`)
    .transform((list) => [...new Set(list)]);

export const ZContractInput = z.object({
  sessionsPerYear: z.coerce.number().int("errors.tenantForm.sessionsWhole").min(0).max(100, "errors.tenantForm.sessionsMax"),
  yearStartMonth: z.coerce.number().int().min(1).max(12),
  yearStartDay: z.coerce.number().int().min(1).max(28, "errors.tenantForm.yearStartDay"),
  directions: checkbox(["psychology", "legal", "financial"], "direction"),
  formats: checkbox(["chat", "audio", "video"], "format"),
  lateCancelHours: z.coerce.number().int().min(0).max(168, "errors.tenantForm.lateCancelMax"),
  reportMinGroupSize: z.coerce.number().int().min(PLATFORM_MIN_GROUP, `Reports never describe groups smaller than ${PLATFORM_MIN_GROUP}.`).max(1000),
  registryGraceDays: z.coerce.number().int().min(0).max(365, "errors.tenantForm.graceMax"),
});

export const ZTenantInput = z
  .object({
    name: z.string().trim().min(2, "errors.tenantForm.name").max(120),
    slug: z
      .string()
      .trim()
      .toLowerCase()
      .regex(/^[a-z0-9](?:[a-z0-9-]{0,38}[a-z0-9])?$/, "errors.tenantForm.slugFormat")
      .refine((slug) => !RESERVED_SLUGS.has(slug), "errors.tenantForm.slugReserved"),
    locale: z.enum(LOCALES),
    timeZone: z.string().refine((zone) => DateTime.local().setZone(zone).isValid, "errors.tenantForm.timeZone"),
    country: ZCountry,
    // The employer's own support line: both parts or neither (empty fields mean none).
    hotlineName: zVisibleText("name", z.string().max(120, "errors.tenantForm.hotlineName")).transform((v) => v || null),
    hotlinePhone: z
      .string()
      .trim()
      .refine((phone) => phone === "" || isDialable(phone), "errors.tenantForm.hotlinePhone")
      .transform((v) => v || null),
    contract: ZContractInput,
  })
  .refine((t) => (t.hotlineName === null) === (t.hotlinePhone === null), {
    path: ["hotlinePhone"],
    message: "errors.tenantForm.hotlineBoth",
  });
export type TenantInput = z.infer<typeof ZTenantInput>;
