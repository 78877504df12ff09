import { getTranslations } from "next-intl/server";
import { AuthPage } from "@/components/auth/auth-page";
import { RegistrationForm } from "@/components/registration/registration-form";
import { registerAction } from "@/app/(public)/register/actions";

export async function generateMetadata() {
  return { title: (await getTranslations("register"))("metaTitle") };
}

export default async function RegisterPage() {
  const t = await getTranslations("register");
  return (
    <AuthPage title={t("title")} intro={t("intro")}>
      <RegistrationForm action={registerAction} />
    </AuthPage>
  );
}
