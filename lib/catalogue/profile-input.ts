/** What a psychologist may change on their own profile, validated the same way for forms and API. */
import { IANAZone } from "luxon";
import { z } from "zod";
import { zVisibleText } from "@/lib/forms/visible-text";
import { DIRECTIONS, FORMATS, LANGUAGE_CODES, METHOD_SLUGS, SESSION_LENGTHS, TOPIC_SLUGS } from "./vocabulary";

// The field's legend names what to choose, so one message serves every list.
const subsetOf = <T extends string>(values: readonly T[], min = 0) =>
  z
    .array(z.enum(values as [T, ...T[]], { error: "errors.profileForm.unknownChoice" }))
    .min(min, "errors.profileForm.chooseAtLeastOne")
    .transform((list) => [...new Set(list)]);

export { SESSION_LENGTHS } from "./vocabulary";

export const ZProfileInput = z.object({
  displayName: zVisibleText("name", z.string().trim().min(2, "errors.profileForm.displayName").max(80, "errors.profileForm.displayNameLong")),
  shortBio: zVisibleText("text", z.string().trim().min(20, "errors.profileForm.shortBioShort").max(240, "errors.profileForm.shortBioLong")),
  longBio: zVisibleText("text", z.string().trim().max(4000, "errors.profileForm.longBioLong")),
  // Either language of Harbor's, or another the psychologist consults in; empty: not stated.
  bioLanguage: z
    .enum([...LANGUAGE_CODES, ""], { error: "errors.profileForm.bioLanguage" })
    .optional()
    .transform((code) => code || null),
  experienceYears: z.coerce
    .number({ error: "errors.profileForm.yearsNumber" })
    .int("errors.profileForm.yearsWhole")
    .min(0)
    .max(60, "errors.profileForm.yearsMax"),
  gender: z.enum(["female", "male", ""], { error: "errors.profileForm.gender" }).transform((g) => g || null),
  methods: subsetOf(METHOD_SLUGS),
  topics: subsetOf(TOPIC_SLUGS, 1),
  languages: subsetOf(LANGUAGE_CODES, 1),
  directions: subsetOf(DIRECTIONS, 1),
  formats: subsetOf(FORMATS, 1),
  sessionMinutes: z.coerce.number().pipe(
    z.union(
      SESSION_LENGTHS.map((n) => z.literal(n)),
      { error: "errors.profileForm.sessionLength" },
    ),
  ),
  timeZone: z.string().refine((zone) => IANAZone.isValidZone(zone), "errors.common.timeZone"),
  minNoticeMinutes: z.coerce
    .number({ error: "errors.profileForm.hoursNumber" })
    .int()
    .min(0)
    .max(14 * 24 * 60, "errors.profileForm.noticeMax"),
  bufferMinutes: z.coerce.number({ error: "errors.profileForm.minutesNumber" }).int().min(0).max(120, "errors.profileForm.bufferMax"),
});
export type ProfileInput = z.infer<typeof ZProfileInput>;

export const ZQualificationInput = z.object({
  kind: z.enum(["education", "certification", "membership"], { error: "errors.profileForm.qualificationKind" }),
  title: z.string().trim().min(3, "errors.profileForm.qualificationTitle").max(160),
  institution: z.string().trim().min(2, "errors.profileForm.institution").max(160),
  year: z.preprocess(
    (v) => (v === "" || v == null ? null : v),
    z.coerce.number().int().min(1950, "errors.profileForm.yearMin").max(new Date().getUTCFullYear(), "errors.profileForm.yearFuture").nullable(),
  ),
});
export type QualificationInput = z.infer<typeof ZQualificationInput>;
