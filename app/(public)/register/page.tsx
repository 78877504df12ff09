import Link from "next/link";
import { RegistrationForm } from "@/components/registration/registration-form";

export const metadata = { title: "Register" };

export default function RegisterPage() {
  return (
    <main className="mx-auto flex min-h-dvh max-w-sm flex-col justify-center gap-6 p-6">
      <div>
        <Link href="/" className="text-sm font-semibold text-harbor-700">
          Harbor
        </Link>
        <h1 className="mt-2 text-2xl font-bold">Register</h1>
        <p className="mt-1 text-sm text-slate-600">Your employer pays for your consultations. Nobody there learns whether you registered.</p>
      </div>
      <RegistrationForm />
    </main>
  );
}
