/**
 * The part of the messages a browser needs. The root layout's provider used to hand every page all of
 * them (93 kB in English, 160 kB in Russian, inlined in every page's data and decoded before the page
 * could answer a tap); the server renders everything else itself. Pages before sign-in get the few
 * their forms use (the root layout); signed-in pages what the client components of their role's
 * pages read (the app shell). A unit test follows the imports and fails when a component reads a namespace with the
 * useTranslations hook that its pages do not receive.
 */
import type { AbstractIntlMessages } from "next-intl";
import type { Role } from "@/lib/auth/roles";

/** What the forms and error screens outside the app shell read: sign-in, registration, passwords, the NPS link. */
export const PUBLIC_NAMESPACES = ["forgotPassword", "login", "nps", "outcomes", "pageError", "password", "register", "resetPassword", "signIn"] as const;

const ACCOUNT = ["common", "outcomes", "password", "security.delete", "security.passkeys", "security.recovery", "security.totp"] as const;

/** What the client components of each role's pages (inside the app shell) read, its account pages included. */
export const SIGNED_IN_NAMESPACES: Record<Role, readonly string[]> = {
  employee: [
    ...ACCOUNT,
    "book",
    "call",
    "cancel",
    "catalogue",
    "chat",
    "conversations",
    "feedback",
    "homework",
    "notifications",
    "nps",
    "room.clock",
    "room.runningLate",
    "timeZone",
    "vocabulary",
  ],
  psychologist: [
    ...ACCOUNT,
    "availability",
    "call",
    "catalogue",
    "chat",
    "clients.series",
    "conversations",
    "errors.photo",
    "homework",
    "notifications",
    "ownProfile.form",
    "ownProfile.photoForm",
    "ownProfile.qualificationForm",
    "practice",
    "risk",
    "room",
    "vocabulary",
  ],
  hr: [...ACCOUNT, "reports.tokens"],
  tenant_admin: [...ACCOUNT, "identifierProblems", "registry"],
  platform_admin: [...ACCOUNT, "catalogue", "crisisLines", "identifierProblems", "psychologists", "registry", "risk", "tenantForm", "vocabulary"],
};

/** Copies the listed namespaces (dotted paths) out of a language's messages, keeping their nesting. */
export function clientMessages(messages: AbstractIntlMessages, namespaces: readonly string[]): AbstractIntlMessages {
  const picked: AbstractIntlMessages = {};
  for (const namespace of namespaces) {
    const path = namespace.split(".");
    let from: AbstractIntlMessages | undefined = messages;
    let into = picked;
    for (const [index, key] of path.entries()) {
      const value: unknown = from?.[key];
      if (value === undefined) break;
      if (index === path.length - 1) into[key] = value as AbstractIntlMessages;
      else {
        from = value as AbstractIntlMessages;
        into = (into[key] ??= {}) as AbstractIntlMessages;
      }
    }
  }
  return picked;
}
