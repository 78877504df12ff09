import { AuthPage } from "@/components/auth/auth-page";
import { RegistrationForm } from "@/components/registration/registration-form";

export const metadata = { title: "Register" };

export default function RegisterPage() {
  return (
    <AuthPage title="Register" intro="Your employer pays for your consultations. Nobody there learns whether you registered.">
      <RegistrationForm />
    </AuthPage>
  );
}
