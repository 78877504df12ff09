/**
 * The controlled vocabularies profiles, filters, topic tags and reports share. Slugs are stored;
 * labels are for display (lib/i18n translates them later).
 */
export const TOPICS = {
  anxiety: "Anxiety and worry",
  stress_burnout: "Stress and burnout",
  low_mood: "Low mood",
  relationships: "Relationships",
  family: "Family",
  parenting: "Parenting",
  grief: "Grief and loss",
  self_esteem: "Self-esteem",
  work_conflict: "Conflict at work",
  sleep: "Sleep",
  addiction: "Habits and addiction",
  career: "Career and change",
  debt: "Debt",
  budgeting: "Budgeting and savings",
  employment_law: "Employment law",
  family_law: "Family law",
  housing_law: "Housing and tenancy",
} as const;
export type Topic = keyof typeof TOPICS;
export const TOPIC_SLUGS = Object.keys(TOPICS) as Topic[];

export const METHODS = {
  cbt: "Cognitive behavioural therapy (CBT)",
  act: "Acceptance and commitment therapy (ACT)",
  gestalt: "Gestalt therapy",
  psychodynamic: "Psychodynamic therapy",
  emdr: "EMDR",
  systemic: "Systemic family therapy",
  solution_focused: "Solution-focused brief therapy",
  mindfulness: "Mindfulness-based approaches",
  coaching: "Coaching",
  mediation: "Mediation",
  financial_planning: "Financial planning",
} as const;
export type Method = keyof typeof METHODS;

export const LANGUAGES = { en: "English", ru: "Russian", fi: "Finnish", pl: "Polish", sv: "Swedish", de: "German" } as const;
export type Language = keyof typeof LANGUAGES;

export const DIRECTION_LABEL = { psychology: "Psychology", legal: "Legal", financial: "Financial" } as const;
export const FORMAT_LABEL = { chat: "Chat", audio: "Audio call", video: "Video call" } as const;

/** Which kind of help a topic belongs to, so questions only offer what the contract includes. */
export function directionOfTopic(topic: Topic): keyof typeof DIRECTION_LABEL {
  if (topic.endsWith("_law")) return "legal";
  if (topic === "debt" || topic === "budgeting") return "financial";
  return "psychology";
}
