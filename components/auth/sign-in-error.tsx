"use client";

import { useTranslations } from "next-intl";
import { signInMessageKey } from "@/lib/auth/sign-in-messages";

/** What a person reads when sign-in is refused: what happened and what to do. */
export function SignInError({ code }: { code: string | null | undefined }) {
  const t = useTranslations("signIn");
  const { key, minutes } = signInMessageKey(code);
  return <>{key === "rate_limited" ? t("rate_limited", { minutes: minutes ?? 15 }) : t(key)}</>;
}
