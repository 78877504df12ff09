import Link from "next/link";
import { UrgentHelpLink } from "@/components/urgent-help/urgent-help-link";

/** The narrow, phone-first frame of the sign-in and registration pages. */
export function AuthPage({ title, intro, children }: { title: string; intro: string; children: React.ReactNode }) {
  return (
    <main className="mx-auto flex min-h-dvh max-w-sm flex-col justify-center gap-6 p-6">
      <div>
        <div className="flex items-center justify-between gap-3">
          <Link href="/" className="text-sm font-semibold text-harbor-700">
            Harbor
          </Link>
          <UrgentHelpLink />
        </div>
        <h1 className="mt-2 text-2xl font-bold">{title}</h1>
        <p className="mt-1 text-sm text-slate-600">{intro}</p>
      </div>
      {children}
    </main>
  );
}
