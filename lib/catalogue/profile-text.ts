/**
 * What clients read of a psychologist in their own words: name and bios. On a published profile a
 * change to them waits for the operator (lib/catalogue/manage-psychologists), so nothing unchecked
 * goes live; the live version stays until then.
 */
import { z } from "zod";

export const REVIEWED_FIELDS = ["displayName", "shortBio", "longBio"] as const;

export const ZProfileText = z.object({ displayName: z.string(), shortBio: z.string(), longBio: z.string() });
export type ProfileText = z.infer<typeof ZProfileText>;

export function sameText(a: ProfileText, b: ProfileText): boolean {
  return REVIEWED_FIELDS.every((field) => a[field] === b[field]);
}

/** The pending text stored on a profile, or null (also for a value that no longer parses). */
export function readPendingText(value: unknown): ProfileText | null {
  const parsed = ZProfileText.safeParse(value);
  return parsed.success ? parsed.data : null;
}
