import { AuthPage } from "@/components/auth/auth-page";
import { RegistrationForm } from "@/components/registration/registration-form";
import { registerAction } from "@/app/(public)/register/actions";

export const metadata = { title: "Register" };

export default function RegisterPage() {
  return (
    <AuthPage title="Register" intro="Your employer pays for your consultations. Nobody there learns whether you registered.">
      <RegistrationForm action={registerAction} />
    </AuthPage>
  );
}
