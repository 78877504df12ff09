import Link from "next/link";
import { buttonClass } from "@/components/ui/button";

export const metadata = { title: "No access" };

export default function Forbidden() {
  return (
    <main className="mx-auto flex min-h-dvh max-w-md flex-col justify-center gap-4 p-6">
      <p className="text-sm font-semibold text-harbor-700">403</p>
      <h1 className="text-2xl font-bold">This is not available to your account</h1>
      <p className="text-slate-700">
        Your role does not include this part of Harbor, so nothing was changed. If you think you should have access, contact your organisation&apos;s Harbor
        administrator.
      </p>
      <div className="flex gap-3">
        <Link href="/home" className={buttonClass("primary")}>
          Go to my home
        </Link>
      </div>
    </main>
  );
}
