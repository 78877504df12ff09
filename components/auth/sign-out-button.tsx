"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { signOutHere } from "./session-calls";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";

export function SignOutButton() {
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const t = useTranslations("common");
  // No server-side redirect: next-auth would build it from NEXTAUTH_URL, which may name another host.
  async function onClick() {
    setPending(true);
    await signOutHere();
    router.replace("/login?signedOut=1");
    router.refresh();
  }
  return (
    <Button variant="secondary" onClick={onClick} disabled={pending}>
      {pending ? t("signingOut") : t("signOut")}
    </Button>
  );
}
