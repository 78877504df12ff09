import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { AuthPage } from "@/components/auth/auth-page";
import { LoginForm } from "@/components/auth/login-form";
import { SignInError } from "@/components/auth/sign-in-error";
import { Notice } from "@/components/ui/notice";
import { safeCallbackPath } from "@/lib/auth/safe-redirect";

export async function generateMetadata() {
  return { title: (await getTranslations("login"))("title") };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

export default async function LoginPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const t = await getTranslations("login");
  const callbackUrl = safeCallbackPath(first(params.callbackUrl));
  const error = first(params.error);
  return (
    <AuthPage title={t("title")} intro={t("intro")}>
      {first(params.signedOut) && <Notice tone="success">{t("signedOut")}</Notice>}
      {first(params.reason) === "signin" && <Notice>{t("pleaseSignIn")}</Notice>}
      {first(params.reason) === "password_changed" && (
        <Notice tone="success" testId="password-changed">
          {t("passwordChanged")}
        </Notice>
      )}
      {first(params.reason) === "account_deleted" && (
        <Notice tone="success" testId="account-deleted">
          {t("accountDeleted")}
        </Notice>
      )}
      {first(params.reason) === "password_reset" && (
        <Notice tone="success" testId="password-reset-done">
          {t("passwordReset")}
        </Notice>
      )}
      {error && (
        <Notice tone="error">
          <SignInError code={error} />
        </Notice>
      )}
      <LoginForm callbackUrl={callbackUrl} />
      <Link href="/forgot-password" className="block text-center text-sm font-medium text-harbor-700 underline">
        {t("forgot")}
      </Link>
    </AuthPage>
  );
}
