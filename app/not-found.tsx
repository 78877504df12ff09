import Link from "next/link";
import { buttonClass } from "@/components/ui/button";

export const metadata = { title: "Not found" };

export default function NotFound() {
  return (
    <main className="mx-auto flex min-h-dvh max-w-md flex-col justify-center gap-4 p-6">
      <p className="text-sm font-semibold text-harbor-700">404</p>
      <h1 className="text-2xl font-bold">We could not find that</h1>
      <p className="text-slate-700">
        The link may be old or mistyped, or what you tried to change no longer exists or is not yours to change. Go back and reload the page to see how things
        stand now.
      </p>
      <Link href="/" className={buttonClass("primary", "self-start")}>
        Back to the start
      </Link>
    </main>
  );
}
