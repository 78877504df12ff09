import { AuthPage } from "@/components/auth/auth-page";
import { LoginForm } from "@/components/auth/login-form";
import { Notice } from "@/components/ui/notice";
import { safeCallbackPath } from "@/lib/auth/safe-redirect";
import { signInMessage } from "@/lib/auth/sign-in-messages";

export const metadata = { title: "Sign in" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

export default async function LoginPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const callbackUrl = safeCallbackPath(first(params.callbackUrl));
  const error = first(params.error);
  return (
    <AuthPage title="Sign in" intro="Confidential support, paid for by your employer. Your employer never sees who uses it.">
      {first(params.signedOut) && <Notice tone="success">You have signed out.</Notice>}
      {first(params.reason) === "signin" && <Notice>Please sign in to continue.</Notice>}
      {first(params.reason) === "password_changed" && (
        <Notice tone="success" testId="password-changed">
          Your password was changed. Sign in with the new one.
        </Notice>
      )}
      {error && <Notice tone="error">{signInMessage(error)}</Notice>}
      <LoginForm callbackUrl={callbackUrl} />
    </AuthPage>
  );
}
