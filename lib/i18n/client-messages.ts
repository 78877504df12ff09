/**
 * The part of the messages a browser needs. The root layout's provider used to hand every page all of
 * them (93 kB in English, 160 kB in Russian, inlined in every page's data and decoded before the page
 * could answer a tap); the server renders everything else itself. Pages before sign-in get the few
 * their forms use (the root layout); signed-in pages every namespace a client component reads (the
 * app shell). A unit test follows the imports and fails when a component reads a namespace with the
 * useTranslations hook that its pages do not receive.
 */
import type { AbstractIntlMessages } from "next-intl";

/** What the forms and error screens outside the app shell read: sign-in, registration, passwords, the NPS link. */
export const PUBLIC_NAMESPACES = ["forgotPassword", "login", "nps", "outcomes", "pageError", "password", "register", "resetPassword", "signIn"] as const;

/** What any client component inside the app shell may read. */
export const SIGNED_IN_NAMESPACES = [
  "availability",
  "book",
  "call",
  "cancel",
  "catalogue",
  "chat",
  "clients.series",
  "common",
  "conversations",
  "crisisLines",
  "errors.photo",
  "feedback",
  "forgotPassword",
  "homework",
  "identifierProblems",
  "login",
  "notifications",
  "nps",
  "outcomes",
  "ownProfile.form",
  "ownProfile.photoForm",
  "ownProfile.qualificationForm",
  "pageError",
  "password",
  "practice",
  "psychologists",
  "register",
  "registry",
  "reports.tokens",
  "resetPassword",
  "risk",
  "room",
  "security.delete",
  "security.passkeys",
  "security.recovery",
  "security.totp",
  "signIn",
  "tenantForm",
  "timeZone",
  "vocabulary",
] as const;

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
