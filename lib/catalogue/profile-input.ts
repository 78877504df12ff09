/** What a psychologist may change on their own profile, validated the same way for forms and API. */
import { IANAZone } from "luxon";
import { z } from "zod";
import { stripBidiControls } from "./profile-text";
import { LANGUAGES, METHODS, TOPICS } from "./vocabulary";

const subsetOf = <T extends string>(values: readonly T[], noun: string, min = 0) =>
  z
    .array(z.enum(values as [T, ...T[]], { error: `Unknown ${noun}.` }))
    .min(min, `Choose at least one ${noun}.`)
    .transform((list) => [...new Set(list)]);

export const SESSION_LENGTHS = [30, 45, 50, 60, 90] as const;

export const ZProfileInput = z.object({
  displayName: z
    .string()
    .transform(stripBidiControls)
    .pipe(z.string().trim().min(2, "Enter the name clients will see.").max(80, "Keep the name under 80 characters.")),
  shortBio: z
    .string()
    .transform(stripBidiControls)
    .pipe(z.string().trim().min(20, "Write at least a sentence (20 characters) for the catalogue card.").max(240, "Keep the short bio under 240 characters.")),
  longBio: z.string().transform(stripBidiControls).pipe(z.string().trim().max(4000, "Keep the full bio under 4,000 characters.")),
  experienceYears: z.coerce.number({ error: "Enter years as a number." }).int("Enter whole years.").min(0).max(60, "Enter at most 60 years."),
  gender: z.enum(["female", "male", ""], { error: "Choose woman, man or prefer not to say." }).transform((g) => g || null),
  methods: subsetOf(Object.keys(METHODS) as (keyof typeof METHODS)[], "method"),
  topics: subsetOf(Object.keys(TOPICS) as (keyof typeof TOPICS)[], "topic", 1),
  languages: subsetOf(Object.keys(LANGUAGES) as (keyof typeof LANGUAGES)[], "language", 1),
  directions: subsetOf(["psychology", "legal", "financial"] as const, "direction", 1),
  formats: subsetOf(["chat", "audio", "video"] as const, "format", 1),
  sessionMinutes: z.coerce.number().pipe(
    z.union(
      SESSION_LENGTHS.map((n) => z.literal(n)),
      { error: "Choose a session length from the list." },
    ),
  ),
  timeZone: z.string().refine((zone) => IANAZone.isValidZone(zone), "Choose a time zone from the list."),
  minNoticeMinutes: z.coerce
    .number({ error: "Enter hours as a number." })
    .int()
    .min(0)
    .max(14 * 24 * 60, "Notice can be at most 14 days."),
  bufferMinutes: z.coerce.number({ error: "Enter minutes as a number." }).int().min(0).max(120, "A buffer can be at most 2 hours."),
});
export type ProfileInput = z.infer<typeof ZProfileInput>;

export const ZQualificationInput = z.object({
  kind: z.enum(["education", "certification", "membership"], { error: "Choose education, certification or membership." }),
  title: z.string().trim().min(3, "Enter the degree or certificate.").max(160),
  institution: z.string().trim().min(2, "Enter who awarded it.").max(160),
  year: z.preprocess(
    (v) => (v === "" || v == null ? null : v),
    z.coerce.number().int().min(1950, "Enter a year after 1950.").max(new Date().getUTCFullYear(), "The year cannot be in the future.").nullable(),
  ),
});
export type QualificationInput = z.infer<typeof ZQualificationInput>;
