import { AppShell } from "@/components/layout/app-shell";
import { NAV_BY_ROLE } from "@/components/layout/navigation";
import { ChangePasswordForm } from "@/components/account/change-password-form";
import { Card } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import { guardPage } from "@/lib/auth/page-guard";
import { ROUTE_ROLES } from "@/lib/auth/route-roles";
import { changePasswordAction } from "./actions";

export const metadata = { title: "Change your password" };

export default async function ChangePasswordPage() {
  const actor = await guardPage(ROUTE_ROLES["/account/password"], { whilePasswordChangeIsDue: true });
  const due = actor.passwordChangeDue;
  return (
    <AppShell actor={actor} nav={due ? [] : NAV_BY_ROLE[actor.role]} title="Change your password">
      {due && (
        <Notice testId="password-change-due">
          You signed in with a one-time password. Choose your own before you continue: nobody else, including the Harbor team, should know it.
        </Notice>
      )}
      <Card>
        <ChangePasswordForm action={changePasswordAction} />
      </Card>
    </AppShell>
  );
}
