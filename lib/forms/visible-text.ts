/**
 * Text a person types for others to read — a name, an alias, a bio, a review, a chat message,
 * homework — passes through here, so that what a reader sees is what was written.
 *
 * Bidirectional controls (embeddings, overrides, isolates, marks) can make a name read as another or
 * reverse the text around it, and invisible characters (zero-width space, word joiner, byte-order
 * mark) can make two names that look the same differ: both go everywhere. Names also lose the
 * zero-width joiner and non-joiner, which a name never needs; longer text keeps them, since emoji
 * sequences and some scripts (Persian, Indic) are written with them.
 */
import { z } from "zod";

const BIDI_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;
const INVISIBLE = /[\u200B\u2060\uFEFF\u180E\u00AD]/g;
const JOINERS = /[\u200C\u200D]/g;

export type VisibleTextKind = "name" | "text";

export function visibleText(value: string, kind: VisibleTextKind): string {
  const cleaned = value.replace(BIDI_CONTROLS, "").replace(INVISIBLE, "");
  return kind === "name" ? cleaned.replace(JOINERS, "") : cleaned;
}

/** A string field of others-readable text: cleaned, then checked by `then` (trim, lengths). */
export function zVisibleText<T extends z.ZodType<unknown, string>>(kind: VisibleTextKind, then: T) {
  return z
    .string()
    .transform((value) => visibleText(value, kind))
    .pipe(then);
}
