import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { AuthPage } from "@/components/auth/auth-page";
import { ForgotPasswordForm } from "@/components/auth/forgot-password-form";
import { requestPasswordResetAction } from "./actions";

export async function generateMetadata() {
  return { title: (await getTranslations("forgotPassword"))("title") };
}

export default async function ForgotPasswordPage() {
  const t = await getTranslations("forgotPassword");
  return (
    <AuthPage title={t("title")} intro={t("intro")}>
      <ForgotPasswordForm action={requestPasswordResetAction} />
      <Link href="/login" className="block text-center text-sm font-medium text-harbor-700 underline">
        {t("backToSignIn")}
      </Link>
    </AuthPage>
  );
}
