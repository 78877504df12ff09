import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { AuthPage } from "@/components/auth/auth-page";
import { ResetPasswordForm } from "@/components/auth/reset-password-form";
import { Notice } from "@/components/ui/notice";
import { resetLinkState } from "@/lib/auth/password-reset";
import { resetPasswordAction } from "../../forgot-password/actions";

export async function generateMetadata() {
  // The token is in the address: never sent on to another site.
  return { title: (await getTranslations("resetPassword"))("title"), referrer: "no-referrer" };
}

/** The page behind the e-mail's link: a new password, or why the link no longer works and what to do. */
export default async function ResetPasswordPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const [state, t] = await Promise.all([resetLinkState(token), getTranslations("resetPassword")]);
  return (
    <AuthPage title={t("title")} intro={state === "valid" ? t("intro") : t("notValid")}>
      {state === "valid" ? (
        <ResetPasswordForm action={resetPasswordAction} token={token} />
      ) : (
        <>
          <Notice tone="error" testId="reset-link-state">
            {t(state as Exclude<typeof state, "valid">)}
          </Notice>
          <Link href="/forgot-password" className="block text-center text-sm font-medium text-harbor-700 underline">
            {t("requestAgain")}
          </Link>
        </>
      )}
    </AuthPage>
  );
}
