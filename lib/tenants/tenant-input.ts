/** What a tenant and its contract may be set to: the platform's limits, in one schema. */
import { DateTime } from "luxon";
import { z } from "zod";
import { PLATFORM_MIN_GROUP } from "@/lib/reports/suppression";

export const LOCALES = ["en", "ru", "fi", "pl"] as const;

const RESERVED_SLUGS = new Set(["admin", "api", "login", "register", "home", "hr", "manage", "practice", "cabinet", "t"]);

const checkbox = <T extends string>(values: readonly [T, ...T[]], what: string) =>
  z
    .array(z.enum(values))
    .min(1, `Include at least one ${what}.`)
    .transform((list) => [...new Set(list)]);

export const ZContractInput = z.object({
  sessionsPerYear: z.coerce.number().int("Sessions per year must be a whole number.").min(0).max(100, "At most 100 sessions per employee per year."),
  yearStartMonth: z.coerce.number().int().min(1).max(12),
  yearStartDay: z.coerce.number().int().min(1).max(28, "Choose a day from 1 to 28, so every month has it."),
  directions: checkbox(["psychology", "legal", "financial"], "direction"),
  formats: checkbox(["chat", "audio", "video"], "format"),
  lateCancelHours: z.coerce.number().int().min(0).max(168, "At most 168 hours (a week)."),
  reportMinGroupSize: z.coerce.number().int().min(PLATFORM_MIN_GROUP, `Reports never describe groups smaller than ${PLATFORM_MIN_GROUP}.`).max(1000),
  registryGraceDays: z.coerce.number().int().min(0).max(365, "At most 365 days."),
});

export const ZTenantInput = z.object({
  name: z.string().trim().min(2, "Enter the organisation's name.").max(120),
  slug: z
    .string()
    .trim()
    .toLowerCase()
    .regex(/^[a-z0-9](?:[a-z0-9-]{0,38}[a-z0-9])?$/, "Use 1–40 lower-case letters, digits and hyphens, e.g. acme-nordic.")
    .refine((slug) => !RESERVED_SLUGS.has(slug), "That code is reserved; choose another."),
  locale: z.enum(LOCALES),
  timeZone: z.string().refine((zone) => DateTime.local().setZone(zone).isValid, "Choose a time zone such as Europe/Helsinki."),
  contract: ZContractInput,
});
export type TenantInput = z.infer<typeof ZTenantInput>;
