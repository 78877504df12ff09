import { getTranslations } from "next-intl/server";
import { AppShell } from "@/components/layout/app-shell";
import { NAV_BY_ROLE } from "@/components/layout/navigation";
import { ChangePasswordForm } from "@/components/account/change-password-form";
import { Card } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import { guardPage } from "@/lib/auth/page-guard";
import { ROUTE_ROLES } from "@/lib/auth/route-roles";
import { changePasswordAction } from "./actions";

export async function generateMetadata() {
  return { title: (await getTranslations("password"))("title") };
}

export default async function ChangePasswordPage() {
  const actor = await guardPage(ROUTE_ROLES["/account/password"], { whilePasswordChangeIsDue: true });
  const due = actor.passwordChangeDue;
  const t = await getTranslations("password");
  return (
    <AppShell actor={actor} nav={due ? [] : NAV_BY_ROLE[actor.role]} title={t("title")}>
      {due && <Notice testId="password-change-due">{t("due")}</Notice>}
      <Card>
        <ChangePasswordForm action={changePasswordAction} />
      </Card>
    </AppShell>
  );
}
