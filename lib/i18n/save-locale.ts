/** Remembers the language someone chose: on their account when signed in (e-mails follow it too). */
import { z } from "zod";
import type { Actor } from "@/lib/auth/guard";
import { db } from "@/lib/db/client";
import { LOCALES, type Locale } from "./locales";

export const ZLocale = z.enum(LOCALES);

export async function saveLocaleChoice(actor: Actor | null, locale: Locale): Promise<void> {
  if (actor) await db().user.update({ where: { id: actor.id }, data: { locale: ZLocale.parse(locale) } });
}
