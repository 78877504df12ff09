"use server";

import { cookies } from "next/headers";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { currentActorOrNull } from "@/lib/auth/guard";
import { definePublicAction } from "@/lib/forms/action";
import { LOCALE_COOKIE } from "@/lib/i18n/locales";
import { saveLocaleChoice, ZLocale } from "@/lib/i18n/save-locale";

/** Anyone may choose their language: kept in a cookie on this device, and on the account when signed in. */
export const chooseLocaleAction = definePublicAction([ZLocale, z.instanceof(FormData)], async (locale) => {
  (await cookies()).set(LOCALE_COOKIE, locale, { path: "/", sameSite: "lax", httpOnly: true, maxAge: 400 * 24 * 3600 });
  await saveLocaleChoice(await currentActorOrNull(), locale);
  revalidatePath("/", "layout");
});
