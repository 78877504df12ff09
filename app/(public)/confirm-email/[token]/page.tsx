import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { Notice } from "@/components/ui/notice";
import { confirmEmail } from "@/lib/registry/confirm-email";

export async function generateMetadata() {
  return { title: (await getTranslations("confirmEmail"))("metaTitle"), referrer: "no-referrer" };
}

/** The page behind the registration e-mail's link: following it proves the address, without signing in. */
export default async function ConfirmEmailPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const [state, t] = await Promise.all([confirmEmail(token), getTranslations("confirmEmail")]);
  return (
    <main className="mx-auto flex w-full max-w-xl flex-1 flex-col justify-center gap-4 p-4">
      <h1 className="text-xl font-semibold text-slate-900">{t("metaTitle")}</h1>
      <Notice tone={state === "unknown" ? "error" : "success"} testId="confirm-email-status">
        {t(state)}
      </Notice>
      <Link href="/login" className="text-sm font-medium text-sky-800 underline">
        {t("signIn")}
      </Link>
    </main>
  );
}
