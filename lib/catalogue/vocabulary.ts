/**
 * The controlled vocabularies profiles, filters, topic tags and reports share. Only slugs live here:
 * they are what is stored; each language's label is in the message files under vocabulary.*
 * (a test keeps the two in step).
 */
export const TOPIC_SLUGS = [
  "anxiety",
  "stress_burnout",
  "low_mood",
  "relationships",
  "family",
  "parenting",
  "grief",
  "self_esteem",
  "work_conflict",
  "sleep",
  "addiction",
  "career",
  "debt",
  "budgeting",
  "employment_law",
  "family_law",
  "housing_law",
] as const;
export type Topic = (typeof TOPIC_SLUGS)[number];

export const METHOD_SLUGS = [
  "cbt",
  "act",
  "gestalt",
  "psychodynamic",
  "emdr",
  "systemic",
  "solution_focused",
  "mindfulness",
  "coaching",
  "mediation",
  "financial_planning",
] as const;
export type Method = (typeof METHOD_SLUGS)[number];

/** The languages a specialist may consult in (ISO 639-1). */
export const LANGUAGE_CODES = ["en", "ru", "fi", "pl", "sv", "de"] as const;
export type Language = (typeof LANGUAGE_CODES)[number];

export const DIRECTIONS = ["psychology", "legal", "financial"] as const;
export type Direction = (typeof DIRECTIONS)[number];
export const FORMATS = ["chat", "audio", "video"] as const;
export type Format = (typeof FORMATS)[number];

/** Which kind of help a topic belongs to, so questions only offer what the contract includes. */
export function directionOfTopic(topic: Topic): Direction {
  if (topic.endsWith("_law")) return "legal";
  if (topic === "debt" || topic === "budgeting") return "financial";
  return "psychology";
}

export function isTopic(value: string): value is Topic {
  return (TOPIC_SLUGS as readonly string[]).includes(value);
}

export const SESSION_LENGTHS = [30, 45, 50, 60, 90] as const;
