import Link from "next/link";
import { buttonClass } from "@/components/ui/button";

export const metadata = { title: "Sign in" };

/** What an action answers (401) when its session has ended: nothing was changed. */
export default function Unauthorized() {
  return (
    <main className="mx-auto flex min-h-dvh max-w-md flex-col justify-center gap-4 p-6">
      <p className="text-sm font-semibold text-harbor-700">401</p>
      <h1 className="text-2xl font-bold">Please sign in again</h1>
      <p className="text-slate-700">Your session has ended, so nothing was changed. Sign in and try once more.</p>
      <Link href="/login" className={buttonClass("primary", "self-start")}>
        Sign in
      </Link>
    </main>
  );
}
