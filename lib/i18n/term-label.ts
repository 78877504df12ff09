/**
 * A vocabulary slug's label in the reader's language (messages under vocabulary.<group>). A slug the
 * message files do not know (stored before a term was retired) is shown as it is, not as an error.
 */
export type TermGroup = "topic" | "method" | "language" | "direction" | "format" | "appointmentStatus" | "profileStatus" | "verification" | "qualificationKind";

interface VocabularyTranslator {
  (key: never): string;
  has(key: never): boolean;
}

export function termLabeller(t: VocabularyTranslator) {
  return (group: TermGroup, slug: string): string => {
    const key = `${group}.${slug}` as never;
    return t.has(key) ? t(key) : slug;
  };
}
